-- A new file for a slice replaces the rows of the batches that loaded that slice before.
delete from {target}
where batch_id in (
    select batch_id from etl.batches
    where kind = $1 and slice = $2 and status = 'loaded' and batch_id <> $3
)
