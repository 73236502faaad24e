-- Before a revert takes batch $1's rows out of {target}: they go to {history}, superseded by the revert batch $2 at $3 (UTC, from the product clock).
insert into {history} by name
select *, $2::bigint as superseded_by, $3::timestamp as superseded_at
from {target}
where batch_id = $1
