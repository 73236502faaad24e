-- {table} as of data version $V: the rows current then (loaded by V, not yet superseded at V),
-- whether they are still current ({main}.core) or superseded since ({main}.history).
create view as_of.core.{table} as
select * from {main}.core.{table} where coalesce(batch_id, 0) <= {version}
union all
select * exclude (superseded_by, superseded_at) from {main}.history.{table}
where coalesce(batch_id, 0) <= {version} and superseded_by > {version}
