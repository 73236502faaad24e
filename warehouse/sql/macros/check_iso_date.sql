-- staging.check_iso_date: null, or MISSING_VALUE or BAD_DATE when the value is not a date written YYYY-MM-DD.
create or replace macro staging.check_iso_date(val, col) as
    case
        when val is null or trim(val) = '' then staging.reject('MISSING_VALUE', col, val, col || ' is empty')
        when not regexp_full_match(trim(val), '[0-9]{4}-[0-9]{2}-[0-9]{2}') or try_cast(trim(val) as date) is null
            then staging.reject('BAD_DATE', col, val, '''' || val || ''' in ' || col || ' is not a date written YYYY-MM-DD')
    end;
