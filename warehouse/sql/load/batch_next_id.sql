-- The next batch id.
select nextval('etl.batch_seq')
