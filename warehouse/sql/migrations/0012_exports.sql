-- What corr export parquet last wrote into each destination: one row per table and partition, with
-- the fingerprint of the rows it held then, so the next export rewrites only what changed.
create table etl.exports (
    destination  varchar not null,           -- the export folder, full path
    table_name   varchar not null,           -- fact_population_daily, history/fact_population_daily, dim_facility, …
    partition    varchar not null,           -- period_year=2024/period_month=2, or '' for a table written whole
    fingerprint  varchar not null,           -- rows and a hash of their content
    rows         bigint not null,
    files        varchar not null,           -- JSON: [{"name": …, "sha256": …, "bytes": …}], relative to the table's folder
    exported_at  timestamp not null,         -- UTC
    primary key (destination, table_name, partition)
);
