-- A partition as this export wrote it: $1 destination, $2 table, $3 partition, $4 fingerprint, $5 rows, $6 files, $7 now.
insert or replace into etl.exports (destination, table_name, partition, fingerprint, rows, files, exported_at)
values ($1, $2, $3, $4, $5, $6, $7)
