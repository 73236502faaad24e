-- The lines of pulled batch $1's file that have rejects, to name each by the row's key.
select distinct line from etl.rejects where batch_id = $1 and line is not null
