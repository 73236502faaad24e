-- A batch recorded as running, inside its file's load transaction.
insert into etl.batches (batch_id, file_name, sha256, kind, slice, status, started_at, archive_path)
values ($1, $2, $3, $4, $5, 'running', $6, $7)
