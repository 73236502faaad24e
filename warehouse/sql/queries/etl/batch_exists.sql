-- grain: one row: whether the log holds batch $1 (1) or not (0)
select count(*) as batches from etl.batches where batch_id = $1
