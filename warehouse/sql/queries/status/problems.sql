-- grain: one row: files refused or failed, and batches whose counts do not add up (read = loaded + rejected)
select
    count(*) filter (where status = 'quarantined')::bigint as quarantined,
    count(*) filter (where status = 'failed')::bigint      as failed,
    count(*) filter (where status in ('loaded', 'replaced') and rows_read <> rows_loaded + rows_rejected)::bigint as unbalanced
from etl.batches
