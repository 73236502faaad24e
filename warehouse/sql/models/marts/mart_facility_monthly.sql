-- grain: facility × month
-- materialized: table
-- Population of each facility per month with the facility version valid on the month's last day.
with population as (
    select * from core.fact_population_daily
),

facilities as (
    select * from core.dim_facility
),

by_month as (
    select
        facility_code,
        date_trunc('month', date)::date as month,
        sum(held_total)::bigint         as inmate_days,
        count(*)                        as days_reported
    from population
    group by all
),

month_end as (
    select
        facility_code,
        date_trunc('month', date)::date as month,
        held_total                      as stock,
        held_pretrial,
        women,
        juveniles,
        foreigners
    from population
    where date = last_day(date)
),

final as (
    select
        m.facility_code,
        m.month,
        f.region_code,
        f.department_code,
        f.facility_type,
        f.security_level,
        f.capacity,
        e.stock,
        e.held_pretrial,
        e.women,
        e.juveniles,
        e.foreigners,
        m.inmate_days,
        m.days_reported
    from by_month as m
    left join month_end as e using (facility_code, month)
    left join facilities as f
        on f.facility_code = m.facility_code
        and last_day(m.month) between f.valid_from and f.valid_to
)

select * from final
