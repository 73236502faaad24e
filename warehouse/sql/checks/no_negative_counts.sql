-- name: no_negative_counts
-- severity: error
-- description: Head counts, movements, incident persons, posts, production quantities and labour figures are never negative.
select 'fact_population_daily' as fact, facility_code, date::varchar as at
from core.fact_population_daily
where least(held_total, held_sentenced, held_pretrial, women, juveniles, foreigners) < 0
union all
select 'fact_movement', facility_code, date::varchar from core.fact_movement where count < 0
union all
select 'fact_incident', facility_code, incident_id from core.fact_incident where persons < 0
union all
select 'fact_staffing', facility_code, month::varchar from core.fact_staffing
where least(posts_established, posts_filled) < 0
union all
select 'fact_production', facility_code, month || ' ' || product_code from core.fact_production
where least(plan_qty, output_qty, sold_qty) < 0
union all
select 'fact_labour', facility_code, month::varchar from core.fact_labour
where least(able_bodied, employed_total, employed_enbek, employed_private, employed_household) < 0
   or least(wage_fund, deductions) < 0
