-- ETL bookkeeping: one batch per file received, rejected rows, check and job runs.

create sequence etl.batch_seq start 1;
create table etl.batches (
    batch_id        bigint primary key,
    file_name       varchar not null,
    sha256          varchar not null,
    kind            varchar not null,
    slice           varchar,                  -- e.g. 2024-03, 2024, EЦ-166/1@2024-03
    status          varchar not null check (status in ('running', 'loaded', 'duplicate', 'quarantined', 'failed', 'replaced')),
    rows_read       bigint not null default 0,
    rows_loaded     bigint not null default 0,
    rows_rejected   bigint not null default 0,
    started_at      timestamp not null,
    finished_at     timestamp,
    archive_path    varchar,
    replaced_by     bigint,
    error           varchar
);

create table etl.rejects (
    batch_id    bigint not null,
    file_name   varchar not null,
    line        integer,                      -- line of a CSV file
    cell        varchar,                      -- cell address in a workbook
    column_name varchar,
    raw_value   varchar,
    rule_code   varchar not null,
    message     varchar not null
);

create sequence etl.check_run_seq start 1;
create table etl.check_runs (
    run_id      bigint not null,              -- one run covers every check
    check_name  varchar not null,
    severity    varchar not null check (severity in ('error', 'warn')),
    description varchar not null,
    violations  bigint not null,
    passed      boolean not null,
    sample      varchar,                      -- the first offending rows, as text
    started_at  timestamp not null,
    finished_at timestamp not null,
    primary key (run_id, check_name)
);

create sequence etl.job_run_seq start 1;
create table etl.job_runs (
    run_id       bigint primary key,
    job          varchar not null,
    trigger_name varchar,
    started_at   timestamp not null,
    finished_at  timestamp,
    outcome      varchar not null check (outcome in ('running', 'succeeded', 'failed', 'cancelled', 'interrupted')),
    error        varchar
);
