-- The batch's slice as dates: YYYY-MM is a month, YYYY a year.
create or replace macro staging.slice_first(slice) as
    case when length(slice) = 7 then strptime(slice || '-01', '%Y-%m-%d')::date else strptime(slice || '-01-01', '%Y-%m-%d')::date end;
