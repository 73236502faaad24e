-- SCD2 step 1: names and dates change the current version in place; so do the tracked attributes
-- (what a report groups by: capacity, type, security level, region, department, sex) when the
-- version started on this very snapshot date (a corrected snapshot).
update core.dim_facility as f
set name_kk = s.name_kk,
    name_ru = s.name_ru,
    name_en = s.name_en,
    opened_on = s.opened_on,
    closed_on = s.closed_on,
    capacity = case when f.valid_from = $2 then s.capacity else f.capacity end,
    facility_type = case when f.valid_from = $2 then s.facility_type else f.facility_type end,
    security_level = case when f.valid_from = $2 then s.security_level else f.security_level end,
    region_code = case when f.valid_from = $2 then s.region_code else f.region_code end,
    department_code = case when f.valid_from = $2 then s.department_code else f.department_code end,
    sex = case when f.valid_from = $2 then s.sex else f.sex end,
    batch_id = $1
from batch_rows as s
where s.reject_rule is null
  and f.facility_code = s.facility_code
  and f.is_current
