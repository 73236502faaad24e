-- DuckDB's own settings again after a load.
reset checkpoint_threshold;
reset memory_limit
