-- The data version a publication was rendered from, to render it again as of that version.
select data_version from etl.publications where publication_id = $1
