insert into etl.rejects (batch_id, file_name, line, column_name, raw_value, rule_code, message)
select batch_id, file_name, line, reject_column, reject_value, reject_rule, reject_message
from batch_rows
where reject_rule is not null
