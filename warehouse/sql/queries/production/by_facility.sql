-- grain: facility that filed a П-1 form for the month beginning $1: output, sales and labour; $2 is the language
with facility_months as (
    select * from marts.mart_facility_monthly
    where month = $1::date and filed_production_form
),

final as (
    select
        facility_code,
        case $2 when 'kk' then name_kk else name_ru end as facility,
        branch,
        coalesce(plan_value, 0)   as plan_value,
        coalesce(output_value, 0) as output_value,
        output_value * 100.0 / nullif(plan_value, 0)   as fulfilment_pct,
        coalesce(sold_value, 0)   as sold_value,
        internal_value * 100.0 / nullif(sold_value, 0) as internal_share_pct,
        able_bodied::bigint       as able_bodied,
        employed_total::bigint    as employed,
        employed_total * 100.0 / nullif(able_bodied, 0) as employment_pct,
        wage_fund / nullif(employed_total, 0)           as average_wage,
        deductions
    from facility_months
)

select * from final order by facility_code
