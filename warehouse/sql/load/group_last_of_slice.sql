-- The group's ($1..$2) loaded batches whose rows load: the last of each slice.
select max(batch_id) from etl.batches
where batch_id between $1 and $2 and status = 'loaded'
group by slice
