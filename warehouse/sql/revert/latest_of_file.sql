-- The latest batch of the file named $1.
select max(batch_id) from etl.batches where file_name = $1
