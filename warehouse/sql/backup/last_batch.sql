-- The last batch the warehouse holds, recorded in a backup's manifest.
select max(batch_id) from etl.batches
