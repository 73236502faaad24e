-- How many of each batch's rows the staging model rejected.
select batch_id, count(*) filter (where reject_rule is not null) as rejected
from batch_rows
group by batch_id
