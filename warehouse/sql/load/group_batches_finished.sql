-- The group's batches finished ($1: the end time) from what the load counted.
update etl.batches as b
set status = c.status, rows_read = c.rows_read, rows_loaded = c.rows_loaded, rows_rejected = c.rows_rejected,
    finished_at = $1, error = c.error
from load_counts as c
where b.batch_id = c.batch_id
