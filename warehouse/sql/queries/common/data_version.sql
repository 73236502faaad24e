-- grain: one row: the latest loaded batch (the data version) and every batch whose rows feed a figure of the month beginning $1
-- A report of a month reads the 13 months ending with it (the trend; the same month last year; the
-- 12-month rates; January to the month), the plans of its year and the year before (execution
-- and its year-over-year), and the registers.
with months as (
    select strftime(unnest(generate_series(($1::date - interval 12 month)::date, $1::date, interval 1 month)), '%Y-%m') as slice
),

years as (
    select strftime($1::date, '%Y') as slice
    union all select strftime(($1::date - interval 1 year)::date, '%Y')
),

used as (
    select b.batch_id
    from etl.batches as b
    where b.status = 'loaded'
      and (b.kind in ('facilities', 'products')
           or b.slice in (select slice from months)
           or b.slice in (select slice from years)
           or (b.kind = 'production' and split_part(b.slice, '@', 2) in (select slice from months)))
)

select
    (select max(batch_id) from etl.batches where status = 'loaded')                          as last_batch,
    (select max(finished_at) from etl.batches where status = 'loaded')                       as loaded_at,
    (select string_agg(batch_id::varchar, ',' order by batch_id) from used)                  as batches_used,
    (select count(*) from core.fact_population_daily where date between $1::date and last_day($1::date)) as population_rows
