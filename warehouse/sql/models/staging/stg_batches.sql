-- grain: one row per batch: the period its file name gives, as first and last day
with batches as (
    select * from etl.batches
),

final as (
    select
        batch_id,
        kind,
        slice,
        staging.slice_first(slice) as slice_first,
        staging.slice_last(slice)  as slice_last
    from batches
    where kind not in ('facilities', 'products', 'production', 'unknown')
)

select * from final
