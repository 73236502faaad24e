-- A partition that no longer has rows: $1 destination, $2 table, $3 partition.
delete from etl.exports where destination = $1 and table_name = $2 and partition = $3
