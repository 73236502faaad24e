-- grain: one row: how many rejected rows batch $1 has (every batch when $1 is null); batches a later file replaced only when $2 (history)
select count(*) as rejects
from etl.rejects as r
join etl.batches as b using (batch_id)
where ($1::bigint is null or r.batch_id = $1)
  and ($2::boolean or b.status <> 'replaced')
