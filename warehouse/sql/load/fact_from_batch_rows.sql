-- The staging model exposes the target's columns by name, plus lineage and reject columns.
insert into {target} by name
select * exclude (file_name, line, reject_rule, reject_column, reject_value, reject_message)
from batch_rows
where reject_rule is null
