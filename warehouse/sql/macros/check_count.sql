-- staging.check_count: null, or as check_int, or NEGATIVE_COUNT for a count below zero.
create or replace macro staging.check_count(val, col) as
    coalesce(
        staging.check_int(val, col),
        case when try_cast(trim(val) as integer) < 0
            then staging.reject('NEGATIVE_COUNT', col, val, col || ' is negative (' || val || '); counts cannot be below zero') end);
