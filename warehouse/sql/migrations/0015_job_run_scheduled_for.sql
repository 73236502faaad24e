-- The time a run was scheduled for (its trigger's fire time; UTC): a late start shows, and in a
-- cluster one firing is one time, whichever node ran it.
alter table etl.job_runs add column scheduled_for timestamp;
