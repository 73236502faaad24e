-- Facts of DESIGN §4, each with its grain as the primary key and the batch that loaded it.

create table core.fact_population_daily (
    facility_code  varchar not null,
    date           date not null,
    held_total     integer not null,
    held_sentenced integer not null,
    held_pretrial  integer not null,
    women          integer not null,
    juveniles      integer not null,
    foreigners     integer not null,
    batch_id       bigint not null,
    primary key (facility_code, date)
);

create table core.fact_movement (
    facility_code varchar not null,
    date          date not null,
    movement      varchar not null,
    count         integer not null,
    batch_id      bigint not null,
    primary key (facility_code, date, movement)
);

create table core.fact_incident (
    incident_id   varchar primary key,
    facility_code varchar not null,
    occurred_at   timestamp not null,         -- local time, Asia/Almaty
    date          date not null,
    incident_type varchar not null,
    persons       integer not null,
    batch_id      bigint not null
);

create table core.fact_staffing (
    facility_code     varchar not null,
    month             date not null,
    staff_category    varchar not null,
    posts_established integer not null,
    posts_filled      integer not null,
    batch_id          bigint not null,
    primary key (facility_code, month, staff_category)
);

create table core.fact_budget_plan (
    facility_code varchar not null,
    programme     varchar not null,
    subprogramme  varchar not null,
    specific      integer not null,
    source        varchar not null,
    month         date not null,
    amount        decimal(18,2) not null,
    batch_id      bigint not null,
    primary key (facility_code, programme, subprogramme, specific, source, month)
);

create table core.fact_payment (
    facility_code varchar not null,
    year          integer not null,
    document      varchar not null,           -- unique per facility and year
    date          date not null,
    programme     varchar not null,
    subprogramme  varchar not null,
    specific      integer not null,
    source        varchar not null,
    amount        decimal(18,2) not null,     -- negative for refunds and corrections
    batch_id      bigint not null,
    primary key (facility_code, year, document)
);

create table core.fact_production (
    facility_code  varchar not null,
    month          date not null,
    product_code   varchar not null,
    plan_qty       decimal(18,3) not null,
    plan_value     decimal(18,2) not null,
    output_qty     decimal(18,3) not null,
    output_value   decimal(18,2) not null,
    sold_qty       decimal(18,3) not null,
    sold_value     decimal(18,2) not null,
    internal_value decimal(18,2) not null,    -- sold inside the penitentiary system
    batch_id       bigint not null,
    primary key (facility_code, month, product_code)
);

create table core.fact_labour (
    facility_code      varchar not null,
    month              date not null,
    branch             varchar not null,
    able_bodied        integer not null,
    employed_total     integer not null,
    employed_enbek     integer not null,
    employed_private   integer not null,
    employed_household integer not null,
    wage_fund          decimal(18,2) not null,
    deductions         decimal(18,2) not null,
    batch_id           bigint not null,
    primary key (facility_code, month)
);
