-- The earlier loaded batches of a kind ($1) and slice ($2), replaced by batch $3.
update etl.batches set status = 'replaced', replaced_by = $3
where kind = $1 and slice = $2 and status = 'loaded' and batch_id <> $3
