-- The data version a render sees: the latest batch that loaded rows (0 before any).
select coalesce(max(batch_id), 0) from etl.batches where status = 'loaded'
