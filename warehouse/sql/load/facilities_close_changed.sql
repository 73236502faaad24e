-- SCD2 step 2: a change of any attribute a report groups by (capacity, type, security level, region,
-- department, sex) ends the current version the day before the snapshot: a facility that moves to
-- another department belongs to the old one for every month before the move.
update core.dim_facility as f
set valid_to = $2::date - 1,
    is_current = false,
    batch_id = $1                 -- the batch that last changed the version (docs/history.md)
from batch_rows as s
where s.reject_rule is null
  and s.batch_id = $1
  and f.facility_code = s.facility_code
  and f.is_current
  and f.valid_from < $2
  and (f.capacity <> s.capacity or f.facility_type <> s.facility_type
       or f.security_level <> s.security_level or f.region_code <> s.region_code
       or f.department_code <> s.department_code or f.sex <> s.sex)
