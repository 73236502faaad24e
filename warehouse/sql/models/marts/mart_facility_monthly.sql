-- grain: facility × month: the facility version valid on the month's last day, for every month in which the facility is open at the month end or reported population, labour or production
-- materialized: view
-- The one place that decides which facility version counts for a month. `is_open` says it was open
-- on the month's last day: capacity and facility counts take only those; figures take every row.
with months as (
    select distinct month_start as month, last_day(month_start) as month_last
    from core.dim_date
),

versions as (
    select * from core.dim_facility
),

population as (
    select
        facility_code,
        date_trunc('month', date)::date                           as month,
        sum(held_total)::bigint                                   as inmate_days,
        count(*)                                                  as days_reported,
        sum(held_total) filter (where date = last_day(date))     as stock,
        sum(held_pretrial) filter (where date = last_day(date))  as held_pretrial,
        sum(women) filter (where date = last_day(date))          as women,
        sum(juveniles) filter (where date = last_day(date))      as juveniles,
        sum(foreigners) filter (where date = last_day(date))     as foreigners
    from core.fact_population_daily
    group by all
),

staffing as (
    select
        facility_code,
        month,
        sum(posts_established)                                          as posts_established,
        sum(posts_filled)                                               as posts_filled,
        sum(posts_filled) filter (where staff_category = 'custodial')   as custodial_filled
    from core.fact_staffing
    group by all
),

production as (
    select
        facility_code,
        month,
        sum(plan_value)     as plan_value,
        sum(output_value)   as output_value,
        sum(sold_value)     as sold_value,
        sum(internal_value) as internal_value
    from core.fact_production
    group by all
),

labour as (
    select * from core.fact_labour
),

facility_months as (
    select
        m.month,
        v.*,
        v.opened_on <= m.month_last and (v.closed_on is null or v.closed_on > m.month_last) as is_open
    from months as m
    join versions as v on m.month_last between v.valid_from and v.valid_to
),

final as (
    select
        fm.facility_code,
        fm.month,
        fm.name_kk,
        fm.name_ru,
        fm.name_en,
        fm.region_code,
        fm.department_code,
        fm.facility_type,
        fm.security_level,
        fm.capacity,
        fm.is_open,
        p.stock,
        p.held_pretrial,
        p.women,
        p.juveniles,
        p.foreigners,
        p.inmate_days,
        p.days_reported,
        s.posts_established,
        s.posts_filled,
        s.custodial_filled,
        l.branch,
        l.able_bodied,
        l.employed_total,
        l.wage_fund,
        l.deductions,
        pr.plan_value,
        pr.output_value,
        pr.sold_value,
        pr.internal_value,
        l.facility_code is not null as filed_production_form
    from facility_months as fm
    left join population as p using (facility_code, month)
    left join staffing as s using (facility_code, month)
    left join labour as l using (facility_code, month)
    left join production as pr using (facility_code, month)
    where fm.is_open or p.facility_code is not null or l.facility_code is not null or pr.facility_code is not null
)

select * from final
