-- staging.check_int: null, or MISSING_VALUE or BAD_NUMBER when the value is not a whole number.
create or replace macro staging.check_int(val, col) as
    case
        when val is null or trim(val) = '' then staging.reject('MISSING_VALUE', col, val, col || ' is empty')
        when not regexp_full_match(trim(val), '-?[0-9]+') or try_cast(trim(val) as integer) is null
            then staging.reject('BAD_NUMBER', col, val, '''' || val || ''' in ' || col || ' is not a whole number')
    end;
