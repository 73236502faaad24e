select max(slice) from etl.batches where kind = $1 and status in ('loaded', 'replaced')
