-- name: facts_outside_facility_life
-- severity: error
-- description: No fact lies outside its facility's life (before opened_on, from closed_on on): a register that closes a facility later sets its facts after the closure aside.
-- The macro's arguments are qualified: unqualified, facility_code would name the register's own column inside it.
select 'fact_population_daily' as fact, t.facility_code, t.date::varchar as at
from core.fact_population_daily as t where not staging.open_during(t.facility_code, t.date, t.date)
union all
select 'fact_movement', t.facility_code, t.date::varchar from core.fact_movement as t where not staging.open_during(t.facility_code, t.date, t.date)
union all
select 'fact_incident', t.facility_code, t.incident_id from core.fact_incident as t where not staging.open_during(t.facility_code, t.date, t.date)
union all
select 'fact_payment', t.facility_code, t.document from core.fact_payment as t where not staging.open_during(t.facility_code, t.date, t.date)
union all
select 'fact_staffing', t.facility_code, t.month::varchar from core.fact_staffing as t
where not staging.open_during(t.facility_code, last_day(t.month), last_day(t.month))
union all
select 'fact_production', t.facility_code, t.month || ' ' || t.product_code from core.fact_production as t
where not staging.open_during(t.facility_code, t.month, last_day(t.month))
union all
select 'fact_labour', t.facility_code, t.month::varchar from core.fact_labour as t
where not staging.open_during(t.facility_code, t.month, last_day(t.month))
