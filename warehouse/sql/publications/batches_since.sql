-- The files loaded after data version $2 and up to $3 whose rows feed a figure of the month beginning
-- $1 (the same window as queries/common/data_version.sql: the registers, the month and the 12 before
-- it, its year and the year before), with their kind, slice and when they were loaded: what revised a
-- publication of that month.
with months as (
    select strftime(unnest(generate_series(($1::date - interval 12 month)::date, $1::date, interval 1 month)), '%Y-%m') as slice
),

years as (
    select strftime($1::date, '%Y') as slice
    union all select strftime(($1::date - interval 1 year)::date, '%Y')
)

select b.batch_id, b.file_name, b.kind, b.slice, coalesce(b.finished_at, b.started_at) as loaded_at
from etl.batches as b
where b.batch_id > $2 and b.batch_id <= $3 and b.status in ('loaded', 'replaced')
  and (b.kind in ('facilities', 'products')
       or b.slice in (select slice from months)
       or b.slice in (select slice from years)
       or (b.kind = 'production' and split_part(b.slice, '@', 2) in (select slice from months)))
order by b.batch_id
