-- Delivery $1 is tried again: it is sending until the try ends (a process killed meanwhile leaves it so, and the next run tries it again).
update etl.deliveries set status = 'sending' where delivery_id = $1
