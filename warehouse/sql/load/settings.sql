-- DuckDB's settings while a load runs: the write-ahead log folded into the file every 128 MB, and
-- the memory it may use ({memory_megabytes}: a number, from configuration).
set checkpoint_threshold = '128MB';
set memory_limit = '{memory_megabytes}MB'
