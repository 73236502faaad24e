-- grain: branch of РГП «Еңбек»: output, sales and labour of its facilities in the month beginning $1; $2 is the language
with facility_months as (
    select * from marts.mart_facility_monthly
    where month = $1::date and filed_production_form
),

final as (
    select
        f.branch                          as form_branch,
        min(r.sort_order)                 as region_order,            -- the official order of the region it works in (PUBLICATION §8)
        staging.branch_named($2, f.branch, b.name_ru, b.name_en) as branch,
        count(*)::bigint                  as facilities,
        coalesce(sum(plan_value), 0)      as plan_value,
        coalesce(sum(output_value), 0)    as output_value,
        sum(output_value) * 100.0 / nullif(sum(plan_value), 0) as fulfilment_pct,
        coalesce(sum(sold_value), 0)      as sold_value,
        sum(internal_value) * 100.0 / nullif(sum(sold_value), 0) as internal_share_pct,
        sum(employed_total)::bigint       as employed,
        sum(employed_total) * 100.0 / nullif(sum(able_bodied), 0) as employment_pct,
        coalesce(sum(able_bodied), 0)::bigint as able_bodied,       -- the parts of a national total's shares
        coalesce(sum(internal_value), 0)      as internal_value
    from facility_months as f
    left join core.dim_branch as b using (branch)
    left join core.dim_region as r on r.region_code = f.region_code
    group by all
)

-- the same order in every language: the branches by the region of their facilities (KATO), then by name
select * exclude (form_branch, region_order) from final order by region_order, form_branch
