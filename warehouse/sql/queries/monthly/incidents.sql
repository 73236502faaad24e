-- grain: incident type: incidents and persons in the month beginning $1, persons over 12 months and per 10,000 (the 12 months' mean ADP; null with fewer than 12 months of population); $2 is the language
with params as (
    select $1::date as month_first, last_day($1::date) as month_last, staging.rate_window_first($1) as window_first
),

-- the 12 months' mean ADP; with fewer than 12 months of population the rate is not available (null)
mean_adp as (
    select case when count(n.adp) = 12 then avg(n.adp) end as adp
    from marts.mart_national_monthly as n, params
    where n.month between params.window_first and params.month_first
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
        t.sort_order,
        staging.named($2, t.name_kk, t.name_ru, t.name_en) as incident_type,
        coalesce(c.incidents, 0)::bigint   as incidents,
        coalesce(c.persons, 0)::bigint     as persons,
        coalesce(c.persons_12m, 0)::bigint as persons_12m,
        coalesce(c.persons_12m, 0) * 10000.0 / nullif(a.adp, 0) as per_10k
    from core.dim_incident_type as t
    cross join mean_adp as a
    left join counts as c using (incident_type)
)

-- the order of the seed (the kinds of death together), the same in every language
select * exclude (sort_order) from final order by sort_order
