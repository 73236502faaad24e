-- grain: one row: how many rejected rows batch $1 has (every batch when $1 is null); batches a later file
-- replaced only when $2 (history); only kind $3, period $4 and file names containing $5 when given (as etl/rejects)
select count(*) as rejects
from etl.rejects as r
join etl.batches as b using (batch_id)
where ($1::bigint is null or r.batch_id = $1)
  and ($2::boolean or b.status <> 'replaced')
  and ($3::varchar is null or b.kind = $3)
  and ($4::varchar is null or b.slice = $4 or b.slice like $4 || '-%' or b.slice like '%@' || $4 || '%' or $4 like b.slice || '-%')
  and ($5::varchar is null or r.file_name ilike '%' || $5 || '%')
