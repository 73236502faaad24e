-- grain: one row per raw population row; reject_rule is null for a row that loads
with raw_rows as (
    -- While the ETL loads a group of batches it sets etl_first and etl_last, so only that group is checked.
    select * from raw.population
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
        trim(r.facility_code)                      as v_facility_code,
        try_cast(trim(r.date) as date)             as v_date,
        try_cast(trim(r.held_total) as integer)    as v_total,
        try_cast(trim(r.held_sentenced) as integer) as v_sentenced,
        try_cast(trim(r.held_pretrial) as integer) as v_pretrial,
        try_cast(trim(r.women) as integer)         as v_women,
        try_cast(trim(r.juveniles) as integer)     as v_juveniles,
        try_cast(trim(r.foreigners) as integer)    as v_foreigners
    from raw_rows as r
    join batches as b using (batch_id)
),

checked as (
    select
        *,
        coalesce(
            staging.check_iso_date(date, 'date'),
            staging.check_count(held_total, 'held_total'),
            staging.check_count(held_sentenced, 'held_sentenced'),
            staging.check_count(held_pretrial, 'held_pretrial'),
            staging.check_count(women, 'women'),
            staging.check_count(juveniles, 'juveniles'),
            staging.check_count(foreigners, 'foreigners'),
            staging.check_facility(v_facility_code, v_date),
            staging.check_in_period(v_date, 'date', date, slice_first, slice_last),
            case when v_total <> v_sentenced + v_pretrial then staging.reject('POPULATION_IDENTITY', 'held_total', held_total,
                'held_total ' || v_total || ' is not held_sentenced + held_pretrial (' || v_sentenced || ' + ' || v_pretrial || ')') end,
            case when greatest(v_women, v_juveniles, v_foreigners) > v_total then staging.reject('POPULATION_IDENTITY',
                case when v_women > v_total then 'women' when v_juveniles > v_total then 'juveniles' else 'foreigners' end,
                greatest(v_women, v_juveniles, v_foreigners)::varchar,
                'women, juveniles and foreigners cannot exceed held_total ' || v_total) end
        ) as problem
    from typed
),

deduplicated as (
    select
        *,
        case when problem is null and row_number() over grain > 1 then staging.reject('DUPLICATE_ROW', 'facility_code', facility_code,
            'a second row for ' || v_facility_code || ' on ' || date || ' (the first, line ' || first_value(line) over grain || ', is kept)') end as duplicate
    from checked
    window grain as (partition by batch_id, problem is null, v_facility_code, v_date order by line)
),

final as (
    select
        batch_id, file_name, line,
        v_facility_code as facility_code, v_date as date, v_total as held_total, v_sentenced as held_sentenced,
        v_pretrial as held_pretrial, v_women as women, v_juveniles as juveniles, v_foreigners as foreigners,
        coalesce(problem, duplicate).rule    as reject_rule,
        coalesce(problem, duplicate).column  as reject_column,
        coalesce(problem, duplicate).value   as reject_value,
        coalesce(problem, duplicate).message as reject_message
    from deduplicated
)

select * from final
