-- Before they leave {target}: the rows outside their facility's life go to {history}, superseded by
-- the register batch $1 at $2 (UTC, from the product clock), so the warehouse as of before it still has them.
insert into {history} by name
select t.*, $1::bigint as superseded_by, $2::timestamp as superseded_at
from {target} as t
where t.rowid in (select row_id from outside_life)
