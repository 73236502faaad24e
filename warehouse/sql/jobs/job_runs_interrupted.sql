-- grain: job run: runs left 'running' by a scheduler that stopped without closing them (killed, power lost):
-- this node's ($2; every node's when $2 is null, a scheduler without a cluster), or those of job $3 another node was running when a recovery re-ran it
update etl.job_runs
set outcome = 'interrupted', finished_at = $1, error = 'the scheduler stopped while the job was running'
where outcome = 'running'
  and ($3 is null and ($2 is null or node = $2 or node is null)
       or $3 is not null and job = $3 and node is distinct from $2)
