-- grain: job run: runs left 'running' by a scheduler that stopped without closing them (killed, power lost)
update etl.job_runs
set outcome = 'interrupted', finished_at = $1, error = 'the scheduler stopped while the job was running'
where outcome = 'running'
