-- The staging models check only the raw rows of the group being loaded, batches {first}..{last} (numbers, from code).
set variable etl_first = {first};
set variable etl_last = {last}
