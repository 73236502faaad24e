-- grain: job run: a run of a scheduled job, recorded as it starts (on node $5, scheduled for $6)
insert into etl.job_runs (run_id, job, trigger_name, started_at, outcome, attempt, node, scheduled_for)
values (nextval('etl.job_run_seq'), $1, $2, $3, 'running', $4, $5, $6)
returning run_id
