-- grain: month: the 13 months ending with the month beginning $1, stock and capacity at each month end
with months as (
    select unnest(generate_series(($1::date - interval 12 month)::date, $1::date, interval 1 month))::date as month
),

final as (
    select
        m.month,
        (select sum(p.held_total) from core.fact_population_daily as p where p.date = last_day(m.month))::bigint as stock,
        (select sum(f.capacity) from core.dim_facility as f
         where last_day(m.month) between f.valid_from and f.valid_to and f.opened_on <= last_day(m.month)
           and (f.closed_on is null or f.closed_on > last_day(m.month)))::bigint as capacity
    from months as m
)

select * from final order by month
