-- A payment's key (facility, year, document) is kept by its staging model (DUPLICATE_ROW, ID_TAKEN)
-- and verified after every load (checks/fact_grain_unique.sql). As a primary key, DuckDB held its
-- index for every row of a load in memory, which cannot spill: a 2,000,000-row payments file ran
-- out of the load's 512 MB. The table is the same without it.
create table core.fact_payment_keyless (
    facility_code varchar not null,
    year          integer not null,
    document      varchar not null,           -- unique per facility and year (the staging model and the check)
    date          date not null,
    programme     varchar not null,
    subprogramme  varchar not null,
    specific      integer not null,
    source        varchar not null,
    amount        decimal(18,2) not null,     -- negative for refunds and corrections
    batch_id      bigint not null
);
insert into core.fact_payment_keyless select * from core.fact_payment order by facility_code, year, document;
drop table core.fact_payment;
alter table core.fact_payment_keyless rename to fact_payment;
