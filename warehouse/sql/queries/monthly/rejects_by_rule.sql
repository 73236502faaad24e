-- grain: rule: rows rejected from the current files of the month beginning $1 (and its year's plan), by rule; a replaced file's rejects are history
with final as (
    select r.rule_code, count(*)::bigint as rows, count(distinct r.file_name)::bigint as files
    from etl.rejects as r
    join etl.batches as b using (batch_id)
    where b.status <> 'replaced'
      and (b.slice = strftime($1::date, '%Y-%m')
           or b.slice = strftime($1::date, '%Y')
           or b.slice like '%@' || strftime($1::date, '%Y-%m'))
    group by r.rule_code
)

select * from final order by rows desc, rule_code
