-- SCD2 step 3: a new version for every facility without a current one. A facility seen for the
-- first time is valid from its opening, so history loaded later still finds it.
insert into core.dim_facility (
    facility_key, facility_code, name_kk, name_ru, facility_type, security_level, sex, region_code,
    department_code, capacity, opened_on, closed_on, valid_from, valid_to, is_current, batch_id, name_en)
select
    nextval('core.facility_key_seq'),
    s.facility_code, s.name_kk, s.name_ru, s.facility_type, s.security_level, s.sex, s.region_code,
    s.department_code, s.capacity, s.opened_on, s.closed_on,
    case when exists (select 1 from core.dim_facility f where f.facility_code = s.facility_code)
        then $2::date else least(s.opened_on, $2::date) end,
    date '9999-12-31',
    true,
    $1,
    s.name_en
from batch_rows as s
where s.reject_rule is null
  and not exists (select 1 from core.dim_facility f where f.facility_code = s.facility_code and f.is_current)
