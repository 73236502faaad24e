-- grain: one row per applied migration. Created before any migration runs.
create schema if not exists meta;
create table if not exists meta.schema_version (
    version    integer primary key,
    name       varchar not null,
    checksum   varchar not null,
    applied_at timestamp not null
);
