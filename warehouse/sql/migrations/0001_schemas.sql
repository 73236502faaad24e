-- The six schemas of DESIGN §2: raw text rows, typed staging, the core model, report marts,
-- ETL bookkeeping and warehouse metadata.
create schema if not exists raw;
create schema if not exists staging;
create schema if not exists core;
create schema if not exists marts;
create schema if not exists etl;
-- meta is created by meta/schema_version.sql before the first migration.
