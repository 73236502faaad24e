-- grain: job run: a run of a scheduled job, recorded as it starts
insert into etl.job_runs (run_id, job, trigger_name, started_at, outcome, attempt)
values (nextval('etl.job_run_seq'), $1, $2, $3, 'running', $4)
returning run_id
