-- grain: source (file kind): the latest slice loaded, when, and how much
with loaded as (
    select * from etl.batches where status in ('loaded', 'replaced')
),

final as (
    select
        kind,
        max(case when kind = 'production' then split_part(slice, '@', 2) else slice end) as latest_slice,
        max(finished_at)                             as last_loaded_at,
        count(*) filter (where status = 'loaded')::bigint as files,
        sum(rows_loaded) filter (where status = 'loaded')::bigint as rows,
        sum(rows_rejected) filter (where status = 'loaded')::bigint as rejected
    from loaded
    group by kind
)

select * from final order by kind
