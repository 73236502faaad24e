-- The rows that load: each slice's from the group's last loaded batch for it (a slice sent twice in
-- one group ends as the later file, as if the two had loaded one after the other). The staging
-- model exposes the target's columns by name, plus lineage and reject columns.
insert into {target} by name
select * exclude (file_name, line, reject_rule, reject_column, reject_value, reject_message)
from batch_rows
where reject_rule is null
  and batch_id in (
      select max(batch_id) from etl.batches
      where batch_id between $1 and $2 and status = 'loaded'
      group by slice)
