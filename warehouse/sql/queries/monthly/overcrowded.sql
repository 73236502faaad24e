-- grain: facility held above its capacity at the end of the month beginning $1; $2 is the language
with facility_months as (
    select * from marts.mart_facility_monthly
    where month = $1::date and stock is not null and capacity > 0
),

final as (
    select
        f.facility_code,
        staging.named($2, f.name_kk, f.name_ru, f.name_en) as facility,
        staging.named($2, r.name_kk, r.name_ru, r.name_en) as region,
        f.capacity::bigint                 as capacity,
        f.stock::bigint                    as stock,
        staging.density_pct(f.stock, f.capacity) as density_pct
    from facility_months as f
    join core.dim_region as r on r.region_code = f.region_code
    where staging.density_pct(f.stock, f.capacity) > 100
)

select * from final order by density_pct desc, staging.natural_key(facility_code)
