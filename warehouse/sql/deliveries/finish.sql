-- How delivery $1's tries of this run ended: $2 status, $3 tries, $4 error, $5 now, $6 attachments as sent.
update etl.deliveries
set status = $2, attempts = attempts + $3, error = $4, finished_at = $5, attachments = $6
where delivery_id = $1
