-- name: density_above_200
-- severity: warn
-- description: A facility held more than twice its capacity at a month end: the capacity or the head count is probably wrong.
select facility_code, month, stock, capacity, round(staging.density_pct(stock, capacity), 1) as density_pct
from marts.mart_facility_monthly
where staging.density_pct(stock, capacity) > 200
