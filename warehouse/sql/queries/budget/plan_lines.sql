-- grain: facility × specific: the actual of year $1−2, the plan of year $1−1, and its plan and payments to date (through the last month with payments); $2 is the language
with params as (
    select $1::integer as year
),

elapsed as (
    select coalesce(max(month(p.date)), 0) as months
    from core.fact_payment as p, params
    where p.year = params.year - 1
),

actual as (
    select p.facility_code, p.specific, sum(p.amount) as actual
    from core.fact_payment as p, params
    where p.year = params.year - 2
    group by all
),

plan as (
    select b.facility_code, b.specific,
        sum(b.amount) as plan,
        sum(b.amount) filter (where month(b.month) <= (select months from elapsed)) as plan_to_date
    from core.fact_budget_plan as b, params
    where year(b.month) = params.year - 1
    group by all
),

paid as (
    select p.facility_code, p.specific, sum(p.amount) as paid_to_date
    from core.fact_payment as p, params
    where p.year = params.year - 1
    group by all
),

keys as (
    select facility_code, specific from actual
    union select facility_code, specific from plan
    union select facility_code, specific from paid
),

facilities as (
    select facility_code, department_code, staging.named($2, name_kk, name_ru, name_en) as facility_name
    from core.dim_facility
    where is_current
),

final as (
    select
        f.department_code,
        (select staging.named($2, d.name_kk, d.name_ru, d.name_en)
         from core.dim_department as d where d.department_code = f.department_code) as department_name,
        k.facility_code,
        f.facility_name,
        s.group_code,
        k.specific,
        staging.named($2, s.name_kk, s.name_ru, s.name_en) as specific_name,
        coalesce(a.actual, 0)       as actual,
        coalesce(pl.plan, 0)        as plan,
        coalesce(pl.plan_to_date, 0) as plan_to_date,
        coalesce(pd.paid_to_date, 0) as paid_to_date,
        (select months from elapsed) as months_elapsed
    from keys as k
    join facilities as f using (facility_code)
    join core.dim_budget_specific as s using (specific)
    left join actual as a using (facility_code, specific)
    left join plan as pl using (facility_code, specific)
    left join paid as pd using (facility_code, specific)
)

select * from final order by department_code, staging.natural_key(facility_code), specific
