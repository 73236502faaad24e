-- grain: one row per raw register row; reject_rule is null for a row that loads
with raw_rows as (
    -- While the ETL loads a group of batches it sets etl_first and etl_last, so only that group is checked.
    select * from raw.facilities
    where getvariable('etl_first') is null or batch_id between getvariable('etl_first') and getvariable('etl_last')
),

typed as (
    select
        r.*,
        trim(r.facility_code)                   as v_facility_code,
        trim(r.facility_type)                   as v_facility_type,
        trim(r.security_level)                  as v_security_level,
        trim(r.sex)                             as v_sex,
        trim(r.region_code)                     as v_region_code,
        trim(r.department_code)                 as v_department_code,
        try_cast(trim(r.capacity) as integer)   as v_capacity,
        try_cast(trim(r.opened_on) as date)     as v_opened_on,
        try_cast(nullif(trim(r.closed_on), '') as date) as v_closed_on
    from raw_rows as r
),

checked as (
    select
        *,
        coalesce(
            staging.check_required(facility_code, 'facility_code'),
            staging.check_not_formula(facility_code, 'facility_code'),
            staging.check_required(name_kk, 'name_kk'),
            staging.check_required(name_ru, 'name_ru'),
            staging.check_code(facility_type, 'facility_type', exists (select 1 from core.dim_facility_type t where t.facility_type = v_facility_type)),
            staging.check_code(security_level, 'security_level', exists (select 1 from core.dim_security_level s where s.security_level = v_security_level)),
            staging.check_code(sex, 'sex', v_sex in ('M', 'F', 'X')),
            staging.check_code(region_code, 'region_code', exists (select 1 from core.dim_region g where g.region_code = v_region_code)),
            staging.check_code(department_code, 'department_code', exists (select 1 from core.dim_department d where d.department_code = v_department_code)),
            staging.check_count(capacity, 'capacity'),
            staging.check_iso_date(opened_on, 'opened_on'),
            case when nullif(trim(closed_on), '') is not null then staging.check_iso_date(closed_on, 'closed_on') end,
            case when v_closed_on < v_opened_on then staging.reject('BAD_DATE', 'closed_on', closed_on, 'closed_on is before opened_on') end,
            (select first(staging.reject('CODE_COLLISION', 'facility_code', facility_code,
                    'facility code ''' || v_facility_code || ''' would share its production file names with ''' || f.facility_code ||
                    ''', already in the register (''/'' is written ''-'' in a file name)'))
             from core.dim_facility as f
             where staging.file_name_code(f.facility_code) = staging.file_name_code(v_facility_code) and f.facility_code <> v_facility_code)
        ) as problem
    from typed
),

deduplicated as (
    select
        *,
        case
            when problem is null and row_number() over grain > 1 then staging.reject('DUPLICATE_ROW', 'facility_code', facility_code,
                'a second row for ' || v_facility_code || ' (the first, line ' || first_value(line) over grain || ', is kept)')
            when problem is null and first_value(v_facility_code) over file_names <> v_facility_code then staging.reject('CODE_COLLISION', 'facility_code', facility_code,
                'facility code ''' || v_facility_code || ''' would share its production file names with ''' || first_value(v_facility_code) over file_names ||
                ''' (line ' || first_value(line) over file_names || '; ''/'' is written ''-'' in a file name)')
        end as duplicate
    from checked
    window grain as (partition by batch_id, problem is null, v_facility_code order by line),
           file_names as (partition by batch_id, problem is null, staging.file_name_code(v_facility_code) order by line)
),

final as (
    select
        batch_id, file_name, line,
        v_facility_code as facility_code, trim(name_kk) as name_kk, trim(name_ru) as name_ru, nullif(trim(name_en), '') as name_en,
        v_facility_type as facility_type, v_security_level as security_level, v_sex as sex,
        v_region_code as region_code, v_department_code as department_code, v_capacity as capacity,
        v_opened_on as opened_on, v_closed_on as closed_on,
        coalesce(problem, duplicate).rule    as reject_rule,
        coalesce(problem, duplicate).column  as reject_column,
        coalesce(problem, duplicate).value   as reject_value,
        coalesce(problem, duplicate).message as reject_message
    from deduplicated
)

select * from final
