-- grain: facility held above its capacity at the end of the month beginning $1; $2 is the language
with params as (
    select last_day($1::date) as month_last
),

final as (
    select
        f.facility_code,
        case $2 when 'kk' then f.name_kk else f.name_ru end as facility,
        case $2 when 'kk' then r.name_kk when 'ru' then r.name_ru else r.name_en end as region,
        f.capacity::bigint                        as capacity,
        p.held_total::bigint                      as stock,
        p.held_total * 100.0 / f.capacity         as density_pct
    from core.fact_population_daily as p
    cross join params
    join core.dim_facility as f
        on f.facility_code = p.facility_code and params.month_last between f.valid_from and f.valid_to
    join core.dim_region as r on r.region_code = f.region_code
    where p.date = params.month_last
      and f.capacity > 0
      and p.held_total * 100.0 / f.capacity > 100
)

select * from final order by density_pct desc, facility_code
