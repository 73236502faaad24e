-- grain: branch of РГП «Еңбек»: output, sales and labour of its facilities in the month beginning $1
with facility_months as (
    select * from marts.mart_facility_monthly
    where month = $1::date and filed_production_form
),

final as (
    select
        branch,
        count(*)::bigint                  as facilities,
        coalesce(sum(plan_value), 0)      as plan_value,
        coalesce(sum(output_value), 0)    as output_value,
        sum(output_value) * 100.0 / nullif(sum(plan_value), 0) as fulfilment_pct,
        coalesce(sum(sold_value), 0)      as sold_value,
        sum(internal_value) * 100.0 / nullif(sum(sold_value), 0) as internal_share_pct,
        sum(employed_total)::bigint       as employed,
        sum(employed_total) * 100.0 / nullif(sum(able_bodied), 0) as employment_pct
    from facility_months
    group by branch
)

select * from final order by branch
