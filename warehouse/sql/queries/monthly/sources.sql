-- grain: source of the monthly report: how many rows the month beginning $1 holds, and, when it holds
-- none, the last file of that month the load refused (quarantined or failed) with its reason
with params as (
    select $1::date as month_first, last_day($1::date) as month_last, strftime($1::date, '%Y-%m') as slice
),

sources (source, sort_order) as (
    values ('population', 1), ('movements', 2), ('staffing', 3), ('budget_exec', 4), ('production', 5)
),

loaded as (
    select 'population' as source, count(*) as n from core.fact_population_daily as f, params
    where f.date between params.month_first and params.month_last
    union all
    select 'movements', count(*) from core.fact_movement as f, params where f.date between params.month_first and params.month_last
    union all
    select 'staffing', count(*) from core.fact_staffing as f, params where f.month = params.month_first
    union all
    select 'budget_exec', count(*) from core.fact_payment as f, params where f.date between params.month_first and params.month_last
    union all
    select 'production', count(*) from core.fact_production as f, params where f.month = params.month_first
),

refused as (
    select b.kind as source, max(b.batch_id) as batch_id, arg_max(b.error, b.batch_id) as error
    from etl.batches as b, params
    where b.status in ('quarantined', 'failed') and (b.slice = params.slice or b.slice like '%@' || params.slice)
    group by b.kind
),

final as (
    select s.source, l.n::bigint as rows, r.batch_id as refused_batch, r.error as refused_reason
    from sources as s
    join loaded as l using (source)
    left join refused as r on r.source = s.source and l.n = 0
    order by s.sort_order
)

select * from final
