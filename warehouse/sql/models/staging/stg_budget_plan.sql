-- grain: one row per raw budget plan row; reject_rule is null for a row that loads
with raw_rows as (
    -- While the ETL loads a group of batches it sets etl_first and etl_last, so only that group is checked.
    select * from raw.budget_plan
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
        trim(r.facility_code)                  as v_facility_code,
        trim(r.programme)                      as v_programme,
        trim(r.subprogramme)                   as v_subprogramme,
        try_cast(trim(r.specific) as integer)  as v_specific,
        trim(r.source)                         as v_source,
        case when regexp_full_match(trim(r.period), '[0-9]{2}\.[0-9]{4}')
            then try_strptime('01.' || trim(r.period), '%d.%m.%Y')::date end as v_month,
        staging.parse_amount(r.amount)         as v_amount
    from raw_rows as r
    join batches as b using (batch_id)
),

checked as (
    select
        *,
        coalesce(
            staging.check_required(programme, 'programme'),
            staging.check_required(subprogramme, 'subprogramme'),
            staging.check_code(specific, 'specific', exists (select 1 from core.dim_budget_specific s where s.specific = v_specific)),
            staging.check_code(source, 'source', exists (select 1 from core.dim_funding_source s where s.source = v_source)),
            case when v_month is null then staging.reject('BAD_DATE', 'period', period,
                '''' || coalesce(period, '') || ''' in Период is not a month written MM.YYYY') end,
            staging.check_amount(amount, 'amount'),
            case when v_amount < 0 then staging.reject('NEGATIVE_AMOUNT', 'amount', amount, 'a plan amount cannot be negative') end,
            staging.check_facility(v_facility_code, null),
            staging.check_in_period(v_month, 'period', period, slice_first, slice_last)
        ) as problem
    from typed
),

deduplicated as (
    select
        *,
        case when problem is null and row_number() over grain > 1 then staging.reject('DUPLICATE_ROW', 'specific', specific,
            'a second plan row for ' || v_facility_code || ' ' || v_programme || '/' || v_subprogramme || ' specific ' || v_specific || ' ' || v_source || ' ' || period
            || ' (the first, line ' || first_value(line) over grain || ', is kept)') end as duplicate
    from checked
    window grain as (partition by batch_id, problem is null, v_facility_code, v_programme, v_subprogramme, v_specific, v_source, v_month order by line)
),

final as (
    select
        batch_id, file_name, line,
        v_facility_code as facility_code, v_programme as programme, v_subprogramme as subprogramme,
        v_specific as specific, v_source as source, v_month as month, v_amount as amount,
        coalesce(problem, duplicate).rule    as reject_rule,
        coalesce(problem, duplicate).column  as reject_column,
        coalesce(problem, duplicate).value   as reject_value,
        coalesce(problem, duplicate).message as reject_message
    from deduplicated
)

select * from final
