-- Each batch of the group as it ends (status, row counts, error), appended by the load.
create or replace temp table load_counts (
    batch_id bigint, status varchar, rows_read bigint, rows_loaded bigint, rows_rejected bigint, error varchar
)
