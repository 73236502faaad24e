-- grain: one row: how many rejected rows batch $1 has (every batch when $1 is null)
select count(*) as rejects from etl.rejects where $1::bigint is null or batch_id = $1
