-- The next $1 batch ids, in order.
select nextval('etl.batch_seq') as batch_id from range($1) order by batch_id
