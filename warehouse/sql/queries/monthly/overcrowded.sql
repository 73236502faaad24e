-- grain: facility held above its capacity at the end of the month beginning $1; $2 is the language
with facility_months as (
    select * from marts.mart_facility_monthly
    where month = $1::date and stock is not null and capacity > 0
),

final as (
    select
        f.facility_code,
        case $2 when 'kk' then f.name_kk when 'en' then coalesce(f.name_en, f.name_ru) else f.name_ru end as facility,
        case $2 when 'kk' then r.name_kk when 'ru' then r.name_ru else r.name_en end as region,
        f.capacity::bigint                 as capacity,
        f.stock::bigint                    as stock,
        f.stock * 100.0 / f.capacity       as density_pct
    from facility_months as f
    join core.dim_region as r on r.region_code = f.region_code
    where f.stock * 100.0 / f.capacity > 100
)

select * from final order by density_pct desc, staging.natural_key(facility_code)
