-- Every publication number the warehouse holds.
select publication_id from etl.publications
