-- Raw text rows of one CSV file, read by DuckDB from the prepared (UTF-8, line-numbered) copy.
-- {raw_table}, {delimiter} and {columns} come from the file kind's fixed description, never from input.
insert into {raw_table}
select $1 as batch_id, $2 as file_name, *
from read_csv($3,
    header = true, auto_detect = false, delim = '{delimiter}', quote = '"', escape = '"',
    new_line = '\n', max_line_size = 2100000, columns = {columns})
