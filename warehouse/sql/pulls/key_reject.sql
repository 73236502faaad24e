-- The rejected row at line $2 of pulled batch $1 is the source's row with key $3.
update etl.rejects set row_key = $3 where batch_id = $1 and line = $2
