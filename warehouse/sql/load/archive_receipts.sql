-- grain: batch that read a file's bytes: the hash, the name, kind and slice it came under, when, and the batch (for the archive's sidecars)
select sha256, file_name, kind, slice, started_at, batch_id
from etl.batches
where sha256 <> '-'
order by batch_id
