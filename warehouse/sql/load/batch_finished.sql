-- A running batch finished: its status, row counts, end time and error.
update etl.batches
set status = $2, rows_read = $3, rows_loaded = $4, rows_rejected = $5, finished_at = $6, error = $7
where batch_id = $1
