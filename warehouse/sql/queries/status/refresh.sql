-- grain: one row: the last loaded batch and when it finished, and when the marts were last refreshed (the last check run)
select
    (select max(batch_id) from etl.batches where status = 'loaded')     as last_batch,
    (select max(finished_at) from etl.batches where status = 'loaded')  as last_load,
    (select max(finished_at) from etl.check_runs)                       as last_refresh
