-- name: fact_grain_unique
-- severity: error
-- description: Every fact holds at most one row per grain key.
select 'fact_population_daily' as fact, facility_code || ' ' || date as grain_key, count(*) as rows
from core.fact_population_daily group by facility_code, date having count(*) > 1
union all
select 'fact_movement', facility_code || ' ' || date || ' ' || movement, count(*)
from core.fact_movement group by facility_code, date, movement having count(*) > 1
union all
select 'fact_incident', incident_id, count(*)
from core.fact_incident group by incident_id having count(*) > 1
union all
select 'fact_staffing', facility_code || ' ' || month || ' ' || staff_category, count(*)
from core.fact_staffing group by facility_code, month, staff_category having count(*) > 1
union all
select 'fact_budget_plan', concat_ws(' ', facility_code, programme, subprogramme, specific, source, month), count(*)
from core.fact_budget_plan group by facility_code, programme, subprogramme, specific, source, month having count(*) > 1
union all
select 'fact_payment', concat_ws(' ', facility_code, year, document), count(*)
from core.fact_payment group by facility_code, year, document having count(*) > 1
union all
select 'fact_production', concat_ws(' ', facility_code, month, product_code), count(*)
from core.fact_production group by facility_code, month, product_code having count(*) > 1
union all
select 'fact_labour', facility_code || ' ' || month, count(*)
from core.fact_labour group by facility_code, month having count(*) > 1
