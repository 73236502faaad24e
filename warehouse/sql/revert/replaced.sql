-- Batch $1 is replaced by the revert batch $2.
update etl.batches set status = 'replaced', replaced_by = $2 where batch_id = $1
