-- grain: region: stock, capacity, density, pre-trial share and rate per 100,000 at the end of the month beginning $1, with the parts the national total is computed from (pre-trial, population); $2 is the language
with facility_months as (
    select * from marts.mart_facility_monthly
    where month = $1::date and is_open
),

by_region as (
    select
        region_code,
        count(*)            as facilities,
        sum(stock)          as stock,
        sum(held_pretrial)  as pretrial,
        sum(capacity)       as capacity
    from facility_months
    group by region_code
),

final as (
    select
        staging.named($2, r.name_kk, r.name_ru, r.name_en) as region,
        coalesce(b.facilities, 0)::bigint               as facilities,
        coalesce(b.stock, 0)::bigint                    as stock,
        coalesce(b.capacity, 0)::bigint                 as capacity,
        staging.density_pct(b.stock, b.capacity)         as density_pct,
        b.pretrial * 100.0 / nullif(b.stock, 0)         as pretrial_pct,
        coalesce(b.stock, 0) * 100000.0 / nullif(rp.population, 0) as rate_per_100k,
        coalesce(b.pretrial, 0)::bigint                 as pretrial,
        rp.population::bigint                           as population,
        r.sort_order
    from core.dim_region as r
    left join by_region as b using (region_code)
    left join core.region_population as rp on rp.region_code = r.region_code and rp.year = year($1::date)
)

select * exclude (sort_order) from final order by sort_order
