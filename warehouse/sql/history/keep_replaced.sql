-- Before group_delete_replaced takes them out of {target}: the rows of earlier batches whose slice
-- the group ($2..$3) loads again go to {history}, superseded by the group's first batch of their slice, at $4 (UTC, from the product clock).
insert into {history} by name
select t.*, n.superseded_by, $4::timestamp as superseded_at
from {target} as t
join (
    select b.batch_id, min(g.batch_id) as superseded_by
    from etl.batches as b
    join etl.batches as g on g.slice = b.slice and g.kind = b.kind and g.batch_id between $2 and $3
    where b.kind = $1 and b.status = 'loaded' and b.batch_id < $2
    group by b.batch_id
) as n on n.batch_id = t.batch_id
