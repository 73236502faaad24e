-- Which scheduler node ran a job (host-process), so a cluster's run history says who ran what.
alter table etl.job_runs add column node varchar;
