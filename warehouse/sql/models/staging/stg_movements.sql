-- grain: one row per raw movements row; reject_rule is null for a row that loads
with raw_rows as (
    -- While the ETL loads a group of batches it sets etl_first and etl_last, so only that group is checked.
    select * from raw.movements
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
        trim(r.facility_code)              as v_facility_code,
        try_cast(trim(r.date) as date)     as v_date,
        trim(r.movement)                   as v_movement,
        try_cast(trim(r.count) as integer) as v_count
    from raw_rows as r
    join batches as b using (batch_id)
),

checked as (
    select
        *,
        coalesce(
            staging.check_iso_date(date, 'date'),
            staging.check_code(movement, 'movement', exists (select 1 from core.dim_movement m where m.movement = v_movement)),
            staging.check_count(count, 'count'),
            staging.check_facility(v_facility_code, v_date),
            staging.check_in_period(v_date, 'date', date, slice_first, slice_last)
        ) as problem
    from typed
),

deduplicated as (
    select
        *,
        case when problem is null and row_number() over grain > 1 then staging.reject('DUPLICATE_ROW', 'movement', movement,
            'a second ' || v_movement || ' row for ' || v_facility_code || ' on ' || date || ' (the first, line ' || first_value(line) over grain || ', is kept)') end as duplicate
    from checked
    window grain as (partition by batch_id, problem is null, v_facility_code, v_date, v_movement order by line)
),

final as (
    select
        batch_id, file_name, line,
        v_facility_code as facility_code, v_date as date, v_movement as movement, v_count as count,
        coalesce(problem, duplicate).rule    as reject_rule,
        coalesce(problem, duplicate).column  as reject_column,
        coalesce(problem, duplicate).value   as reject_value,
        coalesce(problem, duplicate).message as reject_message
    from deduplicated
)

select * from final
