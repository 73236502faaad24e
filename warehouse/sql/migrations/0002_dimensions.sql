-- Dimensions of DESIGN §4. Reference dimensions are filled from warehouse/seeds; dim_facility
-- and dim_product are extended by the ETL from the register snapshots.

create table core.dim_region (
    region_code     varchar primary key,      -- ISO 3166-2:KZ, e.g. KZ-11
    name_kk         varchar not null,
    name_ru         varchar not null,
    name_en         varchar not null,
    department_code varchar not null,         -- the ДУИС the region reports to
    sort_order      integer not null
);

create table core.region_population (
    region_code varchar not null,
    year        integer not null,
    population  integer not null,
    primary key (region_code, year)
);

create table core.dim_department (
    department_code  varchar primary key,     -- D- and the region code of the seat
    seat_region_code varchar not null,
    name_kk          varchar not null,
    name_ru          varchar not null,
    name_en          varchar not null
);

create table core.dim_facility_type (
    facility_type varchar primary key,
    name_kk       varchar not null,
    name_ru       varchar not null,
    name_en       varchar not null
);

create table core.dim_security_level (
    security_level varchar primary key,
    name_kk        varchar not null,
    name_ru        varchar not null,
    name_en        varchar not null,
    sort_order     integer not null
);

create table core.dim_movement (
    movement  varchar primary key,
    direction varchar not null check (direction in ('admission', 'release', 'transfer')),
    name_kk   varchar not null,
    name_ru   varchar not null,
    name_en   varchar not null
);

create table core.dim_incident_type (
    incident_type varchar primary key,
    category      varchar not null check (category in ('death', 'escape', 'self_harm', 'violence', 'disorder', 'contraband')),
    name_kk       varchar not null,
    name_ru       varchar not null,
    name_en       varchar not null
);

create table core.dim_staff_category (
    staff_category varchar primary key,
    name_kk        varchar not null,
    name_ru        varchar not null,
    name_en        varchar not null
);

create table core.dim_budget_specific_group (
    group_code varchar primary key,           -- 11x, 12x, 14x, 15x, 16x, 4xx
    name_kk    varchar not null,
    name_ru    varchar not null,
    name_en    varchar not null,
    is_capital boolean not null,
    sort_order integer not null
);

create table core.dim_budget_specific (
    specific   integer primary key,           -- economic classification code
    group_code varchar not null,
    name_kk    varchar not null,
    name_ru    varchar not null,
    name_en    varchar not null
);

create table core.dim_funding_source (
    source  varchar primary key,              -- РБ republican budget, СД own revenue
    name_kk varchar not null,
    name_ru varchar not null,
    name_en varchar not null
);

create table core.dim_product_category (
    category   varchar primary key,
    name_kk    varchar not null,
    name_ru    varchar not null,
    name_en    varchar not null,
    sort_order integer not null
);

create table core.dim_unit (
    unit    varchar primary key,
    name_kk varchar not null,
    name_ru varchar not null,
    name_en varchar not null
);

create table core.dim_product (
    product_code varchar primary key,         -- codes are never reused
    name_kk      varchar not null,
    name_ru      varchar not null,
    category     varchar not null,
    unit         varchar not null,
    batch_id     bigint                        -- null: from the seed catalogue
);

create table core.dim_date (
    date                date primary key,
    year                integer not null,
    quarter             integer not null,
    month               integer not null,
    month_start         date not null,
    day                 integer not null,
    day_of_week         integer not null,     -- ISO: 1 Monday … 7 Sunday
    iso_week            integer not null,
    month_name_kk       varchar not null,
    month_name_ru       varchar not null,
    month_name_en       varchar not null,
    is_weekend          boolean not null,
    is_holiday          boolean not null,     -- a public holiday itself
    is_transferred_day_off boolean not null,  -- a day off moved here by the weekend rule or a decree
    is_working_day      boolean not null,
    holiday_name_kk     varchar,
    holiday_name_ru     varchar,
    holiday_name_en     varchar
);

-- SCD2: a new version starts when capacity, type, security level or region changes.
create sequence core.facility_key_seq start 1;
create table core.dim_facility (
    facility_key    bigint primary key,
    facility_code   varchar not null,
    name_kk         varchar not null,
    name_ru         varchar not null,
    facility_type   varchar not null,
    security_level  varchar not null,
    sex             varchar not null,
    region_code     varchar not null,
    department_code varchar not null,
    capacity        integer not null,
    opened_on       date not null,
    closed_on       date,
    valid_from      date not null,
    valid_to        date not null,            -- 9999-12-31 for the current version
    is_current      boolean not null,
    batch_id        bigint not null,
    unique (facility_code, valid_from)
);
