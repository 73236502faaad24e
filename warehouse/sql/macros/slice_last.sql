-- staging.slice_last: the last day of a batch's slice.
create or replace macro staging.slice_last(slice) as
    case when length(slice) = 7 then last_day(strptime(slice || '-01', '%Y-%m-%d')::date) else strptime(slice || '-12-31', '%Y-%m-%d')::date end;
