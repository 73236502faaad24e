-- grain: product made in the month beginning $1: quantities and values over all facilities; $2 is the language
-- grouped by category in the categories' order (by_category.sql), then by code
with final as (
    select
        d.product_code,
        staging.named($2, d.name_kk, d.name_ru, d.name_en) as product,
        staging.named($2, u.name_kk, u.name_ru, u.name_en) as unit,
        sum(p.plan_qty)     as plan_qty,
        sum(p.output_qty)   as output_qty,
        sum(p.output_value) as output_value,
        sum(p.output_value) * 100.0 / nullif(sum(p.plan_value), 0) as fulfilment_pct,
        sum(p.sold_value)   as sold_value,
        sum(p.plan_value)   as plan_value,
        staging.named($2, c.name_kk, c.name_ru, c.name_en) as category,
        c.sort_order
    from core.fact_production as p
    join core.dim_product as d using (product_code)
    join core.dim_unit as u on u.unit = d.unit
    left join core.dim_product_category as c on c.category = d.category
    where p.month = $1::date
    group by all
)

select * exclude (sort_order) from final order by sort_order, product_code
