-- grain: security level: facilities, stock, capacity and density at the end of the month beginning $1; $2 is the language
with facility_months as (
    select * from marts.mart_facility_monthly
    where month = $1::date and is_open
),

by_level as (
    select security_level, count(*) as facilities, sum(stock) as stock, sum(capacity) as capacity
    from facility_months
    group by security_level
),

final as (
    select
        staging.named($2, s.name_kk, s.name_ru, s.name_en) as security_level,
        b.facilities::bigint                      as facilities,
        coalesce(b.stock, 0)::bigint              as stock,
        b.capacity::bigint                        as capacity,
        staging.density_pct(b.stock, b.capacity)   as density_pct,
        s.sort_order
    from core.dim_security_level as s
    join by_level as b using (security_level)
)

select * exclude (sort_order) from final order by sort_order
