-- grain: one row: the latest loaded batch (the data version) and the batches the month beginning $1 rests on
select
    (select max(batch_id) from etl.batches where status = 'loaded')                          as last_batch,
    (select max(finished_at) from etl.batches where status = 'loaded')                       as loaded_at,
    (select string_agg(batch_id::varchar, ',' order by batch_id) from etl.batches
     where status = 'loaded'
       and (slice = strftime($1::date, '%Y-%m') or slice = strftime($1::date, '%Y')
            or slice like '%@' || strftime($1::date, '%Y-%m') or kind in ('facilities', 'products')))   as batches_used,
    (select count(*) from core.fact_population_daily where date between $1::date and last_day($1::date)) as population_rows
