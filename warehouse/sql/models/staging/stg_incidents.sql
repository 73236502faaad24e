-- grain: one row per raw incidents row; reject_rule is null for a row that loads
with raw_rows as (
    -- While the ETL loads a group of batches it sets etl_first and etl_last, so only that group is checked.
    select * from raw.incidents
    where getvariable('etl_first') is null or batch_id between getvariable('etl_first') and getvariable('etl_last')
),

batches as (
    select * from staging.stg_batches
),

typed as (
    select
        r.*,
        b.slice as batch_slice,
        b.slice_first,
        b.slice_last,
        trim(r.incident_id)                   as v_incident_id,
        trim(r.facility_code)                 as v_facility_code,
        case when regexp_full_match(trim(r.occurred_at), '[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?')
            then try_cast(replace(trim(r.occurred_at), 'T', ' ') as timestamp) end as v_occurred_at,
        trim(r.incident_type)                 as v_incident_type,
        try_cast(trim(r.persons) as integer)  as v_persons
    from raw_rows as r
    join batches as b using (batch_id)
),

checked as (
    select
        *,
        coalesce(
            staging.check_required(incident_id, 'incident_id'),
            staging.check_not_formula(incident_id, 'incident_id'),
            case when v_occurred_at is null then staging.reject('BAD_DATE', 'occurred_at', occurred_at,
                '''' || coalesce(occurred_at, '') || ''' in occurred_at is not a local time written YYYY-MM-DDTHH:MM:SS') end,
            staging.check_code(incident_type, 'incident_type', exists (select 1 from core.dim_incident_type t where t.incident_type = v_incident_type)),
            staging.check_count(persons, 'persons'),
            staging.check_facility(v_facility_code, v_occurred_at::date),
            staging.check_in_period(v_occurred_at::date, 'occurred_at', occurred_at, slice_first, slice_last),
            case when exists (
                select 1 from core.fact_incident i join etl.batches ib using (batch_id)
                where i.incident_id = v_incident_id and ib.slice <> batch_slice)
                then staging.reject('ID_TAKEN', 'incident_id', incident_id,
                    'incident ' || v_incident_id || ' was already loaded from another month''s file') end
        ) as problem
    from typed
),

claimed as (
    -- A group loads several months of this kind at once, each month once. The first loadable row
    -- for a key, in file and line order, claims it, as if the files had loaded one after another:
    -- the key again in a later month's file is taken; again in the same file, a duplicate row.
    select
        *,
        case
            when problem is null and first_value(batch_slice) over claim <> batch_slice
                then staging.reject('ID_TAKEN', 'incident_id', incident_id, 'incident ' || v_incident_id || ' was already loaded from another month''s file')
            when problem is null and row_number() over claim > 1
                then staging.reject('DUPLICATE_ROW', 'incident_id', incident_id, 'a second row for incident ' || v_incident_id || ' (the first, line ' || first_value(line) over claim || ', is kept)')
        end as duplicate
    from checked
    window claim as (partition by problem is null, v_incident_id order by batch_id, line)
),

final as (
    select
        batch_id, file_name, line,
        v_incident_id as incident_id, v_facility_code as facility_code, v_occurred_at as occurred_at,
        v_occurred_at::date as date, v_incident_type as incident_type, v_persons as persons,
        coalesce(problem, duplicate).rule    as reject_rule,
        coalesce(problem, duplicate).column  as reject_column,
        coalesce(problem, duplicate).value   as reject_value,
        coalesce(problem, duplicate).message as reject_message
    from claimed
)

select * from final
