-- The group's batches recorded as running, inside the group's transaction: a process killed
-- mid-load leaves none of them behind, and the files, still in the inbox, load on the next run.
insert into etl.batches (batch_id, file_name, sha256, kind, slice, status, started_at, archive_path, notes)
select batch_id, file_name, sha256, kind, slice, 'running', started_at, archive_path, notes
from load_group
