-- The staging model's rejects of the group; {facility_code} is the column naming the row's facility, or null for a kind without one.
insert into etl.rejects (batch_id, file_name, line, column_name, raw_value, rule_code, message, facility_code)
select batch_id, file_name, line, reject_column, reject_value, reject_rule, reject_message, {facility_code}
from batch_rows
where reject_rule is not null
