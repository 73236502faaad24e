-- The staging models see every batch again.
reset variable etl_first;
reset variable etl_last
