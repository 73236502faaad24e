-- Every loaded batch of kind $1 in a slice the group ($2..$3) loaded is replaced by the next loaded
-- batch of that slice: the earlier ones by the group's first, and within the group each by the next.
update etl.batches as b
set status = 'replaced', replaced_by = n.next_id
from (
    select batch_id, lead(batch_id) over (partition by slice order by batch_id) as next_id
    from etl.batches
    where kind = $1 and status = 'loaded'
      and slice in (select g.slice from etl.batches as g where g.batch_id between $2 and $3)
) as n
where b.batch_id = n.batch_id and n.next_id is not null
