-- The publication one of whose files has SHA-256 $1 (the latest, should the same bytes have been published twice).
select publication_id from etl.publications where contains(files, $1) order by publication_id desc limit 1
