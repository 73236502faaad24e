-- Everything destination $1 holds, as the manifest lists it.
select table_name, partition, rows, files, exported_at
from etl.exports
where destination = $1
order by table_name, partition
