-- grain: product category: plan, output, sales and internal sales (value and share) in the month beginning $1; $2 is the language
with final as (
    select
        staging.named($2, c.name_kk, c.name_ru, c.name_en) as category,
        coalesce(sum(p.plan_value), 0)     as plan_value,
        coalesce(sum(p.output_value), 0)   as output_value,
        sum(p.output_value) * 100.0 / nullif(sum(p.plan_value), 0) as fulfilment_pct,
        coalesce(sum(p.sold_value), 0)     as sold_value,
        sum(p.internal_value) * 100.0 / nullif(sum(p.sold_value), 0) as internal_share_pct,
        coalesce(sum(p.internal_value), 0) as internal_value,
        c.sort_order
    from core.dim_product_category as c
    left join core.dim_product as d on d.category = c.category
    left join core.fact_production as p on p.product_code = d.product_code and p.month = $1::date
    group by c.category, c.name_kk, c.name_ru, c.name_en, c.sort_order
)

select * exclude (sort_order) from final order by sort_order
