-- grain: job run: the latest runs of scheduled jobs
select job, coalesce(trigger_name, '') as trigger_name, started_at, finished_at, outcome, coalesce(error, '') as error
from etl.job_runs
order by run_id desc
limit 10
