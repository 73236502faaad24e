-- grain: month: the 13 months ending with the month beginning $1, stock and capacity at each month end; the trend starts where the population data starts
with months as (
    select unnest(generate_series(($1::date - interval 12 month)::date, $1::date, interval 1 month))::date as month
),

national as (
    select * from marts.mart_national_monthly
),

final as (
    select m.month, n.stock, n.capacity
    from months as m
    left join national as n using (month)
    where m.month >= coalesce((select min(month) from national where stock is not null), $1::date)
)

select * from final order by month
