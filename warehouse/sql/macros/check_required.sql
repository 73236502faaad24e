-- staging.check_required: null, or MISSING_VALUE when the value is empty.
create or replace macro staging.check_required(val, col) as
    case when val is null or trim(val) = '' then staging.reject('MISSING_VALUE', col, val, col || ' is empty') end;
