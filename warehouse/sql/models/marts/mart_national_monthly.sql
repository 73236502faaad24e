-- grain: month
-- National stock, capacity, ADP and inmate-days (DESIGN §5). Capacity counts every facility
-- version valid and open on the month's last day, whether or not it reported.
with facility_months as (
    select * from marts.mart_facility_monthly
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

stock as (
    select month, sum(stock)::bigint as stock
    from facility_months
    group by month
),

capacity as (
    select a.month, sum(f.capacity)::bigint as capacity
    from adp as a
    join core.dim_facility as f
        on last_day(a.month) between f.valid_from and f.valid_to
        and f.opened_on <= last_day(a.month)
        and (f.closed_on is null or f.closed_on > last_day(a.month))
    group by a.month
),

final as (
    select
        a.month,
        s.stock,
        c.capacity,
        round(s.stock * 100.0 / nullif(c.capacity, 0), 1) as density_pct,
        a.adp,
        a.inmate_days
    from adp as a
    left join stock as s using (month)
    left join capacity as c using (month)
)

select * from final
