-- grain: rejected row: at most $2 rows of batch $1 (every batch when $1 is null), in file order; batches a later file replaced only when $3 (history)
select
    r.batch_id,
    r.file_name,
    coalesce(r.line::varchar, r.cell, '')   as line_or_cell,
    coalesce(r.column_name, '')             as column_name,
    coalesce(r.raw_value, '')               as raw_value,
    r.rule_code,
    r.message
from etl.rejects as r
join etl.batches as b using (batch_id)
where ($1::bigint is null or r.batch_id = $1)
  and ($3::boolean or b.status <> 'replaced')
order by r.batch_id, r.line, r.cell
limit $2
