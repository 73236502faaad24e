-- grain: facility that filed a П-1 form for the month beginning $1: output, sales and labour; $2 is the language
with production as (
    select facility_code,
        sum(plan_value) as plan_value, sum(output_value) as output_value,
        sum(sold_value) as sold_value, sum(internal_value) as internal_value
    from core.fact_production
    where month = $1::date
    group by facility_code
),

final as (
    select
        l.facility_code,
        case $2 when 'kk' then f.name_kk else f.name_ru end as facility,
        l.branch,
        coalesce(p.plan_value, 0)   as plan_value,
        coalesce(p.output_value, 0) as output_value,
        p.output_value * 100.0 / nullif(p.plan_value, 0)   as fulfilment_pct,
        coalesce(p.sold_value, 0)   as sold_value,
        p.internal_value * 100.0 / nullif(p.sold_value, 0) as internal_share_pct,
        l.able_bodied::bigint       as able_bodied,
        l.employed_total::bigint    as employed,
        l.employed_total * 100.0 / nullif(l.able_bodied, 0) as employment_pct,
        l.wage_fund / nullif(l.employed_total, 0)           as average_wage,
        l.deductions
    from core.fact_labour as l
    left join production as p using (facility_code)
    join core.dim_facility as f on f.facility_code = l.facility_code and last_day($1::date) between f.valid_from and f.valid_to
    where l.month = $1::date
)

select * from final order by facility_code
