-- staging.rate_window_first: the first month of the 12 months ending with the month beginning m, over which rare-event rates are taken (DESIGN §5).
create or replace macro staging.rate_window_first(m) as
    (m::date - interval 11 month)::date;
