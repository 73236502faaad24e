-- The staging models see every batch again.
reset variable etl_batch
