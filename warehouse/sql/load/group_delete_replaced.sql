-- The rows of earlier batches whose slice a batch of this group ($2..$3) loads again leave {target}.
delete from {target}
where batch_id in (
    select b.batch_id from etl.batches as b
    where b.kind = $1 and b.status = 'loaded' and b.batch_id < $2
      and b.slice in (select g.slice from etl.batches as g where g.batch_id between $2 and $3)
)
