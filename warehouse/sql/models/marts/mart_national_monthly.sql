-- grain: month: every calendar month of core.dim_date
-- materialized: view
-- National stock, capacity, ADP and inmate-days (DESIGN §5). Capacity counts every facility open
-- on the month's last day, whether or not it reported; ADP is the mean of the days' national sums.
with facility_months as (
    select * from marts.mart_facility_monthly
),

months as (
    select distinct month_start as month from core.dim_date
),

daily_totals as (
    select date, sum(held_total)::bigint as held_total
    from core.fact_population_daily
    group by date
),

adp as (
    select
        date_trunc('month', date)::date as month,
        avg(held_total)                 as adp,
        sum(held_total)::bigint         as inmate_days
    from daily_totals
    group by all
),

by_month as (
    select
        month,
        sum(stock)::bigint                          as stock,
        sum(capacity) filter (where is_open)::bigint as capacity
    from facility_months
    group by month
),

final as (
    select
        m.month,
        b.stock,
        b.capacity,
        round(staging.density_pct(b.stock, b.capacity), 1) as density_pct,
        a.adp,
        a.inmate_days
    from months as m
    left join by_month as b using (month)
    left join adp as a using (month)
)

select * from final
