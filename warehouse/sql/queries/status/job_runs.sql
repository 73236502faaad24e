-- grain: job run: the latest runs of scheduled jobs (a trigger named MT_… is a one-off: chained, retried or --once)
select
    job || coalesce(' @ ' || node, '')              as job,   -- the node that ran it, in a cluster
    coalesce(trigger_name, '')                      as trigger_name,
    coalesce(attempt, 0)                            as attempt,
    started_at,
    finished_at,
    outcome,
    coalesce(error, detail, '')                     as note
from etl.job_runs
order by run_id desc
limit 10
