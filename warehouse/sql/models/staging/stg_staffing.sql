-- grain: one row per raw staffing row; reject_rule is null for a row that loads
with raw_rows as (
    -- While the ETL loads a group of batches it sets etl_first and etl_last, so only that group is checked.
    select * from raw.staffing
    where getvariable('etl_first') is null or batch_id between getvariable('etl_first') and getvariable('etl_last')
),

batches as (
    select * from staging.stg_batches
),

typed as (
    select
        r.*,
        b.slice_first,
        b.slice_last,
        trim(r.facility_code)                          as v_facility_code,
        trim(r.staff_category)                         as v_staff_category,
        try_cast(trim(r.posts_established) as integer) as v_established,
        try_cast(trim(r.posts_filled) as integer)      as v_filled
    from raw_rows as r
    join batches as b using (batch_id)
),

checked as (
    select
        *,
        coalesce(
            staging.check_code(staff_category, 'staff_category',
                exists (select 1 from core.dim_staff_category c where c.staff_category = v_staff_category)),
            staging.check_count(posts_established, 'posts_established'),
            staging.check_count(posts_filled, 'posts_filled'),
            staging.check_facility(v_facility_code, slice_last)
        ) as problem
    from typed
),

deduplicated as (
    select
        *,
        case when problem is null and row_number() over grain > 1 then staging.reject('DUPLICATE_ROW', 'staff_category', staff_category,
            'a second ' || v_staff_category || ' row for ' || v_facility_code || ' (the first, line ' || first_value(line) over grain || ', is kept)') end as duplicate
    from checked
    window grain as (partition by batch_id, problem is null, v_facility_code, v_staff_category order by line)
),

final as (
    select
        batch_id, file_name, line,
        v_facility_code as facility_code, slice_first as month, v_staff_category as staff_category,
        v_established as posts_established, v_filled as posts_filled,
        coalesce(problem, duplicate).rule    as reject_rule,
        coalesce(problem, duplicate).column  as reject_column,
        coalesce(problem, duplicate).value   as reject_value,
        coalesce(problem, duplicate).message as reject_message
    from deduplicated
)

select * from final
