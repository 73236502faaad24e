-- grain: month: the 13 months ending with the month beginning $1: output, sales and employment; the trend starts where the production data starts
with months as (
    select unnest(generate_series(($1::date - interval 12 month)::date, $1::date, interval 1 month))::date as month
),

production as (
    select month, sum(output_value) as output_value, sum(sold_value) as sold_value
    from core.fact_production group by month
),

labour as (
    select month, sum(employed_total) * 100.0 / nullif(sum(able_bodied), 0) as employment_pct
    from core.fact_labour group by month
),

final as (
    select m.month, coalesce(p.output_value, 0) as output_value, coalesce(p.sold_value, 0) as sold_value, l.employment_pct
    from months as m
    left join production as p using (month)
    left join labour as l using (month)
    where m.month >= coalesce((select min(month) from production), $1::date)
)

select * from final order by month
