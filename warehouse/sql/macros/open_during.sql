-- staging.open_during: whether a version of facility `code` is valid, and the facility open, on some day
-- of first_day..last_day (a day: first_day = last_day). The rule FACILITY_NOT_OPEN says at intake
-- (check_facility) and that facts_outside_facility_life holds of core. Pass qualified columns
-- (t.facility_code): an unqualified facility_code would name the register's own inside the macro.
create or replace macro staging.open_during(code, first_day, last_day) as
    exists (
        select 1 from core.dim_facility as f
        where f.facility_code = code
          and f.valid_from <= last_day and f.valid_to >= first_day
          and f.opened_on <= last_day and (f.closed_on is null or f.closed_on > first_day));
