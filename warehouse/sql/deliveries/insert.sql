-- A delivery about to be tried: $1 publication, $2 recipient, $3 channel, $4 address, $5 message id, $6 attachments, $7 now, $8 who asked.
insert into etl.deliveries (delivery_id, publication_id, recipient, channel, address, message_id, attachments, status, attempts, error, started_at, finished_at, triggered_by)
values ((select coalesce(max(delivery_id), 0) + 1 from etl.deliveries), $1, $2, $3, $4, $5, $6, 'sending', 0, null, $7, null, $8)
returning delivery_id
