-- The data version at a moment (UTC): the latest batch finished by then (0 before any).
select coalesce(max(batch_id), 0) from etl.batches where finished_at <= $1
