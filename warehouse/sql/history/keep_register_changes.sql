-- The versions of {target} that register snapshot $1 changed or removed, as they were before it, go to {history}, superseded at $2 (UTC, from the product clock).
insert into {history} by name
select *, $1::bigint as superseded_by, $2::timestamp as superseded_at
from (select * from register_before except all select * from {target})
