-- staging.check_amount: null, or MISSING_VALUE or BAD_NUMBER when the value is not an amount written 1 234 567,89.
create or replace macro staging.check_amount(val, col) as
    case
        when val is null or trim(val) = '' then staging.reject('MISSING_VALUE', col, val, col || ' is empty')
        when staging.parse_amount(val) is null
            then staging.reject('BAD_NUMBER', col, val, '''' || val || ''' in ' || col || ' is not an amount written 1 234 567,89')
    end;
