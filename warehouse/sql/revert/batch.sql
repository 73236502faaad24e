-- The batch $1 to revert, with the batch it replaced in its slice (if any), that one's file and how many rows it loaded.
select
    b.batch_id, b.file_name, b.kind, b.slice, b.status, b.replaced_by,
    p.batch_id     as previous_batch,
    p.file_name    as previous_file,
    p.archive_path as previous_archive,
    p.rows_loaded  as previous_rows,
    b.archive_path as archive
from etl.batches as b
left join etl.batches as p on p.replaced_by = b.batch_id and p.kind = b.kind and p.slice = b.slice
where b.batch_id = $1
