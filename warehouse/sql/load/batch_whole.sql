-- A finished batch in one statement, for loads that need no running row.
insert into etl.batches (batch_id, file_name, sha256, kind, slice, status, started_at, archive_path,
                         rows_read, rows_loaded, rows_rejected, finished_at, error)
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
