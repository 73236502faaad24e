-- Each batch that lost rows to outside_life counts them rejected, not loaded (read = loaded + rejected still).
update etl.batches
set rows_loaded = rows_loaded - c.rows, rows_rejected = rows_rejected + c.rows
from (select batch_id, count(*) as rows from outside_life group by batch_id) as c
where etl.batches.batch_id = c.batch_id
