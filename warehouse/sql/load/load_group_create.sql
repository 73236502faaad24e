-- The files of the group being loaded, one row per batch, appended by the load: the batches'
-- rows are written from it in one statement, and read_csv's file names (the temporary copies,
-- copy_path) map back to batch and file through it.
create or replace temp table load_group (
    batch_id bigint, file_name varchar, sha256 varchar, kind varchar, slice varchar,
    started_at timestamp, archive_path varchar, copy_path varchar, notes varchar
)
