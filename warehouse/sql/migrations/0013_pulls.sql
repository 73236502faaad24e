-- Pulls from source databases (corr etl pull): where each source stands, and which batches a pull made.
create table etl.pull_state (
    source         varchar primary key,       -- Corr:Sources:<Name>
    kind           varchar not null,
    watermark      varchar not null,          -- the highest watermark pulled, invariant text
    watermark_type varchar not null,          -- timestamp, timestamptz, integer, numeric
    query_sha256   varchar not null,
    pulled_at      timestamp not null         -- UTC
);

-- A batch a pull made: the source, the hash of its query, and the watermarks of the changed rows that made it.
alter table etl.batches add column source varchar;
alter table etl.batches add column query_sha256 varchar;
alter table etl.batches add column watermark_from varchar;
alter table etl.batches add column watermark_to varchar;

-- A pulled row has no line a person can open: its key (facility_code date, incident_id, …) says which row it was.
alter table etl.rejects add column row_key varchar;
