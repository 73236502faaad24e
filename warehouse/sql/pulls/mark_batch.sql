-- Batch $1 was made by a pull of source $2 (query hash $3) for the changed rows between watermarks $4 and $5.
update etl.batches set source = $2, query_sha256 = $3, watermark_from = $4, watermark_to = $5 where batch_id = $1
