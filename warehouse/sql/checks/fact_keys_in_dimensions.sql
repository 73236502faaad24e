-- name: fact_keys_in_dimensions
-- severity: error
-- description: Every fact key is found in its dimension; facilities must have a version valid on the row's date.
with day_facts as (
    select 'fact_population_daily' as fact, facility_code, date from core.fact_population_daily
    union all select 'fact_movement', facility_code, date from core.fact_movement
    union all select 'fact_incident', facility_code, date from core.fact_incident
    union all select 'fact_payment', facility_code, date from core.fact_payment
),

month_facts as (
    select 'fact_staffing' as fact, facility_code, month from core.fact_staffing
    union all select 'fact_budget_plan', facility_code, month from core.fact_budget_plan
    union all select 'fact_production', facility_code, month from core.fact_production
    union all select 'fact_labour', facility_code, month from core.fact_labour
),

facility_missing_by_day as (
    select distinct d.fact, 'facility_code' as key_column, d.facility_code || ' on ' || d.date as key_value
    from day_facts as d
    where not exists (
        select 1 from core.dim_facility as f
        where f.facility_code = d.facility_code and d.date between f.valid_from and f.valid_to)
),

facility_missing_by_month as (
    select distinct m.fact, 'facility_code', m.facility_code || ' in ' || strftime(m.month, '%Y-%m')
    from month_facts as m
    where not exists (
        select 1 from core.dim_facility as f
        where f.facility_code = m.facility_code
          and f.valid_from <= last_day(m.month) and f.valid_to >= m.month)
),

codes_missing as (
    select 'fact_movement', 'movement', movement from core.fact_movement
    where movement not in (select movement from core.dim_movement)
    union all
    select 'fact_incident', 'incident_type', incident_type from core.fact_incident
    where incident_type not in (select incident_type from core.dim_incident_type)
    union all
    select 'fact_staffing', 'staff_category', staff_category from core.fact_staffing
    where staff_category not in (select staff_category from core.dim_staff_category)
    union all
    select 'fact_budget_plan', 'specific', specific::varchar from core.fact_budget_plan
    where specific not in (select specific from core.dim_budget_specific)
    union all
    select 'fact_budget_plan', 'source', source from core.fact_budget_plan
    where source not in (select source from core.dim_funding_source)
    union all
    select 'fact_payment', 'specific', specific::varchar from core.fact_payment
    where specific not in (select specific from core.dim_budget_specific)
    union all
    select 'fact_payment', 'source', source from core.fact_payment
    where source not in (select source from core.dim_funding_source)
    union all
    select 'fact_production', 'product_code', product_code from core.fact_production
    where product_code not in (select product_code from core.dim_product)
    union all
    select 'dim_facility', 'region_code', region_code from core.dim_facility
    where region_code not in (select region_code from core.dim_region)
    union all
    select 'dim_facility', 'security_level', security_level from core.dim_facility
    where security_level not in (select security_level from core.dim_security_level)
    union all
    select 'dim_facility', 'facility_type', facility_type from core.dim_facility
    where facility_type not in (select facility_type from core.dim_facility_type)
    union all
    select 'dim_product', 'category', category from core.dim_product
    where category not in (select category from core.dim_product_category)
),

final as (
    select * from facility_missing_by_day
    union all select * from facility_missing_by_month
    union all select distinct * from codes_missing
)

select * from final
