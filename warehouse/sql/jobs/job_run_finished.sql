-- grain: job run: the same run, closed with how it ended
update etl.job_runs
set finished_at = $2, outcome = $3, error = $4, detail = $5
where run_id = $1
