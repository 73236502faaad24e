-- What the last export into destination $1 wrote of table $2.
select partition, fingerprint, rows, files
from etl.exports
where destination = $1 and table_name = $2
