-- grain: security level: facilities, stock, capacity and density at the end of the month beginning $1; $2 is the language
with params as (
    select last_day($1::date) as month_last
),

versions as (
    select f.*
    from core.dim_facility as f, params
    where params.month_last between f.valid_from and f.valid_to
      and f.opened_on <= params.month_last
      and (f.closed_on is null or f.closed_on > params.month_last)
),

month_end as (
    select v.security_level, sum(p.held_total) as stock
    from core.fact_population_daily as p
    join versions as v using (facility_code), params
    where p.date = params.month_last
    group by v.security_level
),

capacity as (
    select security_level, sum(capacity) as capacity, count(*) as facilities
    from versions
    group by security_level
),

final as (
    select
        case $2 when 'kk' then s.name_kk when 'ru' then s.name_ru else s.name_en end as security_level,
        c.facilities::bigint                      as facilities,
        coalesce(e.stock, 0)::bigint              as stock,
        c.capacity::bigint                        as capacity,
        e.stock * 100.0 / nullif(c.capacity, 0)   as density_pct,
        s.sort_order
    from core.dim_security_level as s
    join capacity as c using (security_level)
    left join month_end as e using (security_level)
)

select * exclude (sort_order) from final order by sort_order
