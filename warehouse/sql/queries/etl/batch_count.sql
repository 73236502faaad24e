-- grain: one row: how many batches the log holds
select count(*) as batches from etl.batches
