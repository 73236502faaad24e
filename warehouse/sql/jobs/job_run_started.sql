-- grain: job run: a run of a scheduled job, recorded as it starts (on node $5)
insert into etl.job_runs (run_id, job, trigger_name, started_at, outcome, attempt, node)
values (nextval('etl.job_run_seq'), $1, $2, $3, 'running', $4, $5)
returning run_id
