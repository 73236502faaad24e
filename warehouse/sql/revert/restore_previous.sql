-- The rows batch $1 held before batch $2 replaced it come back into {target} from {history}, as the revert batch $3's:
-- the slice holds what it held, and an as-of view before the revert still sees batch $2's rows.
insert into {target} by name
select * exclude (superseded_by, superseded_at) replace ($3::bigint as batch_id)
from {history}
where batch_id = $1 and superseded_by = $2
