-- grain: facility × source it has not submitted for the month beginning $1 (facilities open at the month end)
with params as (
    select $1::date as month_first, last_day($1::date) as month_last
),

open_facilities as (
    select facility_code, facility_type
    from marts.mart_facility_monthly
    where month = $1::date and is_open
),

producers as (
    select distinct facility_code from core.fact_production
),

expected as (
    select facility_code, 'population' as source from open_facilities
    union all select facility_code, 'staffing' from open_facilities
    union all select facility_code, 'budget_exec' from open_facilities
    union all select o.facility_code, 'production' from open_facilities as o join producers using (facility_code)
),

submitted as (
    select distinct p.facility_code, 'population' as source from core.fact_population_daily as p, params
    where p.date between params.month_first and params.month_last
    union all
    select distinct s.facility_code, 'staffing' from core.fact_staffing as s, params where s.month = params.month_first
    union all
    select distinct p.facility_code, 'budget_exec' from core.fact_payment as p, params
    where p.date between params.month_first and params.month_last
    union all
    select distinct p.facility_code, 'production' from core.fact_labour as p, params where p.month = params.month_first
),

final as (
    select e.source, e.facility_code
    from expected as e
    left join submitted as s using (facility_code, source)
    where s.facility_code is null
)

select * from final order by source, staging.natural_key(facility_code)
