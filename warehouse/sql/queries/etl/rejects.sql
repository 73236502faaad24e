-- grain: rejected row: at most $2 rows of batch $1 (every batch when $1 is null), in file order
select
    batch_id,
    file_name,
    coalesce(line::varchar, cell, '')   as line_or_cell,
    coalesce(column_name, '')           as column_name,
    coalesce(raw_value, '')             as raw_value,
    rule_code,
    message
from etl.rejects
where $1::bigint is null or batch_id = $1
order by batch_id, line, cell
limit $2
