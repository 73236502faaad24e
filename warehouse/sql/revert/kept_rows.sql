-- How many of batch $1's rows {history} kept when batch $2 replaced them.
select count(*) from {history} where batch_id = $1 and superseded_by = $2
