-- grain: incident type: incidents and persons in the month beginning $1, persons over 12 months and per 10,000 (the 12 months' mean ADP); $2 is the language
with params as (
    select $1::date as month_first, last_day($1::date) as month_last, ($1::date - interval 11 month)::date as window_first
),

daily as (
    select date_trunc('month', p.date) as month, p.date, sum(p.held_total) as held
    from core.fact_population_daily as p, params
    where p.date between params.window_first and params.month_last
    group by all
),

mean_adp as (
    select avg(adp) as adp from (select month, avg(held) as adp from daily group by month)
),

counts as (
    select
        i.incident_type,
        count(*) filter (where i.date >= params.month_first)        as incidents,
        sum(i.persons) filter (where i.date >= params.month_first)  as persons,
        sum(i.persons)                                              as persons_12m
    from core.fact_incident as i, params
    where i.date between params.window_first and params.month_last
    group by i.incident_type
),

final as (
    select
        case $2 when 'kk' then t.name_kk when 'ru' then t.name_ru else t.name_en end as incident_type,
        coalesce(c.incidents, 0)::bigint   as incidents,
        coalesce(c.persons, 0)::bigint     as persons,
        coalesce(c.persons_12m, 0)::bigint as persons_12m,
        coalesce(c.persons_12m, 0) * 10000.0 / nullif(a.adp, 0) as per_10k
    from core.dim_incident_type as t
    cross join mean_adp as a
    left join counts as c using (incident_type)
)

select * from final
