-- The loaded batches, oldest first: the duplicate and slice index of a run.
select batch_id, sha256, kind, slice, file_name from etl.batches where status = 'loaded' order by batch_id
