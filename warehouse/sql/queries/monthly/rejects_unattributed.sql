-- grain: one row: rows rejected from the current files of the month beginning $1 (and its year's plan) whose facility cannot be resolved (none named, or not in the register); only the republic's annex has them
with final as (
    select count(*)::bigint as rows
    from etl.rejects as r
    join etl.batches as b using (batch_id)
    where b.status <> 'replaced'
      and (b.slice = strftime($1::date, '%Y-%m')
           or b.slice = strftime($1::date, '%Y')
           or b.slice like '%@' || strftime($1::date, '%Y-%m'))
      and (r.facility_code is null
           or not exists (select 1 from core.dim_facility as f where f.facility_code = r.facility_code))
)

select * from final
