-- name: density_above_200
-- severity: warn
-- description: A facility held more than twice its capacity at a month end: the capacity or the head count is probably wrong.
select facility_code, month, stock, capacity, round(stock * 100.0 / capacity, 1) as density_pct
from marts.mart_facility_monthly
where capacity > 0 and stock * 100.0 / capacity > 200
