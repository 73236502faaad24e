-- The memory DuckDB may use while a load runs ({megabytes}: a number, from configuration).
set memory_limit = '{megabytes}MB'
