-- grain: month of the year of $1 up to it: plan and paid, cumulative from January
with months as (
    select unnest(generate_series(make_date(year($1::date), 1, 1), $1::date, interval 1 month))::date as month
),

plan as (
    select month, sum(amount) as plan from core.fact_budget_plan where year(month) = year($1::date) group by month
),

paid as (
    select date_trunc('month', date)::date as month, sum(amount) as paid
    from core.fact_payment where year = year($1::date) group by all
),

final as (
    select
        m.month,
        sum(coalesce(pl.plan, 0)) over (order by m.month) as plan_cumulative,
        sum(coalesce(pd.paid, 0)) over (order by m.month) as paid_cumulative
    from months as m
    left join plan as pl using (month)
    left join paid as pd using (month)
)

select * from final order by month
