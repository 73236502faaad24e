-- The latest delivery of publication $1 to $3 by channel $2, if any: whether it went, failed or was refused.
select delivery_id, status, message_id, finished_at
from etl.deliveries
where publication_id = $1 and channel = $2 and address = $3
order by delivery_id desc
limit 1
