-- All of {source} into the file {file}.
copy (select * from {source}) to {file} (format parquet, compression zstd)
