-- staging.check_code: null, or MISSING_VALUE or UNKNOWN_CODE for a value an enumerated column does not know.
create or replace macro staging.check_code(val, col, known) as
    case
        when val is null or trim(val) = '' then staging.reject('MISSING_VALUE', col, val, col || ' is empty')
        when not known then staging.reject('UNKNOWN_CODE', col, val, '''' || val || ''' is not a known ' || col)
    end;
