-- The rows of {target} whose facility is not open on their day ({first_day}..{last_day}: one day,
-- or the days of their month) under the register as it is now: a register that closes a facility, or
-- opens it later, after its facts were loaded. With the line of the file each came from, from raw.
create or replace temp table outside_life as
select t.rowid as row_id, t.batch_id, t.facility_code, {during} as during, {line} as line
from {target} as t
where not staging.open_during(t.facility_code, {first_day}, {last_day})
