-- The staging models check only this batch's raw rows while it loads ({batch_id} is the batch's number, from code).
set variable etl_batch = {batch_id}
