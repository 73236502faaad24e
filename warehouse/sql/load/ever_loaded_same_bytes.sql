-- The latest batch that loaded the bytes $3 as kind $1 and slice $2, replaced since or not.
select max(batch_id) from etl.batches where kind = $1 and slice = $2 and sha256 = $3 and status in ('loaded', 'replaced')
