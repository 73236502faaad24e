-- grain: branch of РГП «Еңбек»: output, sales and labour of its facilities in the month beginning $1
with production as (
    select facility_code, sum(plan_value) as plan_value, sum(output_value) as output_value,
        sum(sold_value) as sold_value, sum(internal_value) as internal_value
    from core.fact_production
    where month = $1::date
    group by facility_code
),

final as (
    select
        l.branch,
        count(*)::bigint                  as facilities,
        coalesce(sum(p.plan_value), 0)    as plan_value,
        coalesce(sum(p.output_value), 0)  as output_value,
        sum(p.output_value) * 100.0 / nullif(sum(p.plan_value), 0) as fulfilment_pct,
        coalesce(sum(p.sold_value), 0)    as sold_value,
        sum(p.internal_value) * 100.0 / nullif(sum(p.sold_value), 0) as internal_share_pct,
        sum(l.employed_total)::bigint     as employed,
        sum(l.employed_total) * 100.0 / nullif(sum(l.able_bodied), 0) as employment_pct
    from core.fact_labour as l
    left join production as p using (facility_code)
    where l.month = $1::date
    group by l.branch
)

select * from final order by branch
