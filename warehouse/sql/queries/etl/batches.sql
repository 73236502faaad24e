-- grain: batch: the latest $1 batches of the batch log, newest first
select
    batch_id,
    file_name,
    kind,
    coalesce(slice, '')                              as slice,
    status,
    rows_read,
    rows_loaded,
    rows_rejected,
    started_at,
    coalesce(replaced_by::varchar, '')               as replaced_by,
    coalesce(error, '')                              as error
from etl.batches
order by batch_id desc
limit $1
