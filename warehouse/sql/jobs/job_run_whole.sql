-- grain: job run: a run whose start could not be written (the warehouse was busy), recorded whole at its end (node $9, scheduled for $10)
insert into etl.job_runs (run_id, job, trigger_name, started_at, finished_at, outcome, error, attempt, detail, node, scheduled_for)
values (nextval('etl.job_run_seq'), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
