-- A scheduled job's run: which retry of its firing it was, and what it did.
alter table etl.job_runs add column attempt integer default 0;
alter table etl.job_runs add column detail varchar;
