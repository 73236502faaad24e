-- The rows of {source} in the months listed in {wanted} (year * 100 + month), into {folder}
-- hive-partitioned: period_year=Y/period_month=M/data_N.parquet.
copy (
    select *, year({date}) as period_year, month({date}) as period_month
    from {source}
    where year({date}) * 100 + month({date}) in ({wanted})
) to {folder} (format parquet, partition_by (period_year, period_month), filename_pattern 'data_{i}', compression zstd)
