-- name: sold_within_output
-- severity: warn
-- description: A month's sales of a product do not exceed its output (stock from earlier months can explain it), and internal sales do not exceed sales.
select facility_code, month, product_code, output_value, sold_value, internal_value
from core.fact_production
where sold_value > output_value
   or internal_value > sold_value
