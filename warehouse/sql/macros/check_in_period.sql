-- staging.check_in_period: null, or DATE_OUTSIDE_PERIOD for a date outside the period the file name gives.
create or replace macro staging.check_in_period(on_date, col, val, slice_first, slice_last) as
    case when on_date < slice_first or on_date > slice_last
        then staging.reject('DATE_OUTSIDE_PERIOD', col, val,
            val || ' is outside the period of the file (' || strftime(slice_first, '%Y-%m-%d') || ' to ' || strftime(slice_last, '%Y-%m-%d') || ')') end;
