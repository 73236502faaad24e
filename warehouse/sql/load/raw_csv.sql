-- Raw text rows of every CSV file of a group in one read_csv over their prepared (UTF-8,
-- line-numbered) copies. {raw_table}, {delimiter} and {columns} come from the file kind's fixed
-- description; {files} lists the copies, whose names the load made; never from input.
insert into {raw_table}
select f.batch_id, f.file_name, r.* exclude (filename)
from read_csv({files},
    header = true, auto_detect = false, delim = '{delimiter}', quote = '"', escape = '"',
    new_line = '\n', max_line_size = 2100000, columns = {columns}, filename = true) as r
join load_group as f on f.copy_path = r.filename
