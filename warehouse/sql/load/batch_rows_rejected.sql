-- How many of the batch's rows the staging model rejected.
select count(*) from batch_rows where reject_rule is not null
