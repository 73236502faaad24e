-- grain: rejected row: at most $2 rows of batch $1 (every batch when $1 is null), in file order; batches a
-- later file replaced only when $3 (history); only kind $4, period $5 (as in etl/batches) and file names
-- containing $6 (any case) when given
select
    r.batch_id,
    r.file_name,
    coalesce(r.row_key, r.line::varchar, r.cell, '') as line_or_cell,   -- a pulled row by its key
    coalesce(r.column_name, '')             as column_name,
    coalesce(r.raw_value, '')               as raw_value,
    r.rule_code,
    r.message,
    b.kind
from etl.rejects as r
join etl.batches as b using (batch_id)
where ($1::bigint is null or r.batch_id = $1)
  and ($3::boolean or b.status <> 'replaced')
  and ($4::varchar is null or b.kind = $4)
  and ($5::varchar is null or b.slice = $5 or b.slice like $5 || '-%' or b.slice like '%@' || $5 || '%' or $5 like b.slice || '-%')
  and ($6::varchar is null or r.file_name ilike '%' || $6 || '%')
order by r.batch_id, r.line, r.cell
limit $2
