-- grain: one row per raw payment row; reject_rule is null for a row that loads
with raw_rows as (
    -- While the ETL loads a group of batches it sets etl_first and etl_last, so only that group is checked.
    select * from raw.budget_exec
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
        case when regexp_full_match(trim(r.date), '[0-9]{2}\.[0-9]{2}\.[0-9]{4}')
            then try_strptime(trim(r.date), '%d.%m.%Y')::date end as v_date,
        trim(r.facility_code)                  as v_facility_code,
        trim(r.programme)                      as v_programme,
        trim(r.subprogramme)                   as v_subprogramme,
        try_cast(trim(r.specific) as integer)  as v_specific,
        trim(r.source)                         as v_source,
        staging.parse_amount(r.amount)         as v_amount,
        trim(r.document)                       as v_document
    from raw_rows as r
    join batches as b using (batch_id)
),

checked as (
    select
        *,
        coalesce(
            case when v_date is null then staging.reject('BAD_DATE', 'date', date,
                '''' || coalesce(date, '') || ''' in Дата is not a date written dd.MM.yyyy') end,
            staging.check_required(programme, 'programme'),
            staging.check_required(subprogramme, 'subprogramme'),
            staging.check_code(specific, 'specific', exists (select 1 from core.dim_budget_specific s where s.specific = v_specific)),
            staging.check_code(source, 'source', exists (select 1 from core.dim_funding_source s where s.source = v_source)),
            staging.check_amount(amount, 'amount'),
            staging.check_required(document, 'document'),
            staging.check_not_formula(document, 'document'),
            staging.check_facility(v_facility_code, v_date),
            staging.check_in_period(v_date, 'date', date, slice_first, slice_last),
            case when exists (
                select 1 from core.fact_payment p join etl.batches pb using (batch_id)
                where p.facility_code = v_facility_code and p.year = year(v_date) and p.document = v_document and pb.slice <> batch_slice)
                then staging.reject('ID_TAKEN', 'document', document,
                    'payment document ' || v_document || ' of ' || v_facility_code || ' was already loaded from another month''s file') end
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
                then staging.reject('ID_TAKEN', 'document', document, 'payment document ' || v_document || ' of ' || v_facility_code || ' was already loaded from another month''s file')
            when problem is null and row_number() over claim > 1
                then staging.reject('DUPLICATE_ROW', 'document', document, 'a second payment with document ' || v_document || ' for ' || v_facility_code || ' (the first, line ' || first_value(line) over claim || ', is kept)')
        end as duplicate
    from checked
    window claim as (partition by problem is null, v_facility_code, year(v_date), v_document order by batch_id, line)
),

final as (
    select
        batch_id, file_name, line,
        v_facility_code as facility_code, year(v_date) as year, v_document as document, v_date as date,
        v_programme as programme, v_subprogramme as subprogramme, v_specific as specific, v_source as source, v_amount as amount,
        coalesce(problem, duplicate).rule    as reject_rule,
        coalesce(problem, duplicate).column  as reject_column,
        coalesce(problem, duplicate).value   as reject_value,
        coalesce(problem, duplicate).message as reject_message
    from claimed
)

select * from final
