-- grain: facility that filed a П-1 form for the month beginning $1: output, sales and labour; $2 is the language
-- in the order of by_branch.sql (a branch by the region of its facilities), then by code in natural order
with facility_months as (
    select * from marts.mart_facility_monthly
    where month = $1::date and filed_production_form
),

branch_order as (
    select f.branch as form_branch, min(r.sort_order) as region_order
    from facility_months as f
    left join core.dim_region as r on r.region_code = f.region_code
    group by all
),

final as (
    select
        facility_code,
        staging.named($2, f.name_kk, f.name_ru, f.name_en) as facility,
        -- a branch is named as its form wrote it, or by the seeds in Russian and English
        staging.branch_named($2, f.branch, b.name_ru, b.name_en) as branch,
        coalesce(plan_value, 0)   as plan_value,
        coalesce(output_value, 0) as output_value,
        output_value * 100.0 / nullif(plan_value, 0)   as fulfilment_pct,
        coalesce(sold_value, 0)   as sold_value,
        internal_value * 100.0 / nullif(sold_value, 0) as internal_share_pct,
        able_bodied::bigint       as able_bodied,
        employed_total::bigint    as employed,
        employed_total * 100.0 / nullif(able_bodied, 0) as employment_pct,
        wage_fund / nullif(employed_total, 0)           as average_wage,
        deductions,
        coalesce(internal_value, 0) as internal_value,             -- the parts of a national total's shares
        coalesce(wage_fund, 0)      as wage_fund,
        o.region_order,
        f.branch as form_branch
    from facility_months as f
    left join core.dim_branch as b using (branch)
    left join branch_order as o on o.form_branch = f.branch
)

select * exclude (region_order, form_branch) from final order by region_order, form_branch, staging.natural_key(facility_code)
