-- History instead of deletion (docs/history.md). The core tables keep the current rows, with the
-- same names, columns and keys as before; a row a later batch replaces, a revert takes out or a
-- register snapshot changes moves to the history table of the same name, marked with the batch
-- that superseded it and when. The warehouse as of data version V (a batch id) is then:
--   core rows with batch_id <= V, plus history rows with batch_id <= V < superseded_by.
create schema history;

create table history.fact_population_daily as select *, null::bigint as superseded_by, null::timestamp as superseded_at from core.fact_population_daily limit 0;
create table history.fact_movement as select *, null::bigint as superseded_by, null::timestamp as superseded_at from core.fact_movement limit 0;
create table history.fact_incident as select *, null::bigint as superseded_by, null::timestamp as superseded_at from core.fact_incident limit 0;
create table history.fact_staffing as select *, null::bigint as superseded_by, null::timestamp as superseded_at from core.fact_staffing limit 0;
create table history.fact_budget_plan as select *, null::bigint as superseded_by, null::timestamp as superseded_at from core.fact_budget_plan limit 0;
create table history.fact_payment as select *, null::bigint as superseded_by, null::timestamp as superseded_at from core.fact_payment limit 0;
create table history.fact_production as select *, null::bigint as superseded_by, null::timestamp as superseded_at from core.fact_production limit 0;
create table history.fact_labour as select *, null::bigint as superseded_by, null::timestamp as superseded_at from core.fact_labour limit 0;
-- The registers: a version's batch_id is the batch that last changed it (a rename, a correction,
-- its closing), so the version as it was before sits here.
create table history.dim_facility as select *, null::bigint as superseded_by, null::timestamp as superseded_at from core.dim_facility limit 0;
create table history.dim_product as select *, null::bigint as superseded_by, null::timestamp as superseded_at from core.dim_product limit 0;

-- Every report the scheduler or the command line rendered: what, for which period, language and
-- scope, from which data version, and the SHA-256 of each file written (docs/history.md).
create table etl.publications (
    publication_id bigint primary key,
    kind           varchar not null,          -- monthly, production, budget
    period         varchar not null,          -- YYYY-MM, or YYYY for the budget workbook
    language       varchar not null,
    scope          varchar not null,          -- national, or a department code
    formats        varchar not null,          -- pdf, xlsx or pdf,xlsx
    generated_at   timestamp not null,        -- UTC; the time the files print
    data_version   bigint not null,           -- the last batch the render saw
    as_of          bigint,                    -- the data version asked for (--as-of), null for current
    triggered_by   varchar not null,          -- cli, schedule, reproduce
    files          varchar not null           -- JSON: [{"name": …, "sha256": …, "bytes": …}]
);

-- The headline figures a publication printed (the monthly report's indicators), to say later which
-- of them have been revised since (corr report revisions, the monthly report's revisions annex).
create table etl.publication_figures (
    publication_id bigint not null,
    indicator      varchar not null,          -- the indicator's key: stock, adp, density_pct, …
    value          decimal(38,6),             -- null: the report printed no figure (a source missing)
    primary key (publication_id, indicator)
);
