-- grain: specific group: plan and paid in the month beginning $1 and from January to it, and execution; $2 is the language
with params as (
    select $1::date as month_first, last_day($1::date) as month_last, make_date(year($1::date), 1, 1) as year_first
),

plan as (
    select s.group_code,
        sum(b.amount) filter (where b.month = params.month_first) as plan_month,
        sum(b.amount) as plan_ytd
    from core.fact_budget_plan as b
    join core.dim_budget_specific as s using (specific), params
    where b.month between params.year_first and params.month_first
    group by s.group_code
),

paid as (
    select s.group_code,
        sum(p.amount) filter (where p.date >= params.month_first) as paid_month,
        sum(p.amount) as paid_ytd
    from core.fact_payment as p
    join core.dim_budget_specific as s using (specific), params
    where p.date between params.year_first and params.month_last
    group by s.group_code
),

final as (
    select
        staging.named($2, g.name_kk, g.name_ru, g.name_en) as specific_group,
        coalesce(pl.plan_month, 0) as plan_month,
        coalesce(pd.paid_month, 0) as paid_month,
        coalesce(pl.plan_ytd, 0)   as plan_ytd,
        coalesce(pd.paid_ytd, 0)   as paid_ytd,
        pd.paid_ytd * 100.0 / nullif(pl.plan_ytd, 0) as execution_pct,
        g.sort_order
    from core.dim_budget_specific_group as g
    left join plan as pl using (group_code)
    left join paid as pd using (group_code)
)

select * exclude (sort_order) from final order by sort_order
