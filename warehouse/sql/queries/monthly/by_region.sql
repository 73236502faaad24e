-- grain: region: stock, capacity, density, pre-trial share and rate per 100,000 at the end of the month beginning $1; $2 is the language
with params as (
    select $1::date as month_first, last_day($1::date) as month_last
),

versions as (
    select f.*
    from core.dim_facility as f, params
    where params.month_last between f.valid_from and f.valid_to
      and f.opened_on <= params.month_last
      and (f.closed_on is null or f.closed_on > params.month_last)
),

month_end as (
    select v.region_code, sum(p.held_total) as stock, sum(p.held_pretrial) as pretrial
    from core.fact_population_daily as p
    join versions as v using (facility_code), params
    where p.date = params.month_last
    group by v.region_code
),

capacity as (
    select region_code, sum(capacity) as capacity, count(*) as facilities
    from versions
    group by region_code
),

final as (
    select
        case $2 when 'kk' then r.name_kk when 'ru' then r.name_ru else r.name_en end as region,
        coalesce(c.facilities, 0)::bigint               as facilities,
        coalesce(e.stock, 0)::bigint                    as stock,
        coalesce(c.capacity, 0)::bigint                 as capacity,
        e.stock * 100.0 / nullif(c.capacity, 0)         as density_pct,
        e.pretrial * 100.0 / nullif(e.stock, 0)         as pretrial_pct,
        coalesce(e.stock, 0) * 100000.0 / nullif(rp.population, 0) as rate_per_100k,
        r.sort_order
    from core.dim_region as r
    cross join params
    left join month_end as e using (region_code)
    left join capacity as c using (region_code)
    left join core.region_population as rp on rp.region_code = r.region_code and rp.year = year(params.month_last)
)

select * exclude (sort_order) from final order by sort_order
