-- name: employed_within_able_bodied
-- severity: error
-- description: Employed inmates do not exceed the able-bodied, and the employers' parts do not exceed the total employed.
select facility_code, month, able_bodied, employed_total, employed_enbek, employed_private, employed_household
from core.fact_labour
where employed_total > able_bodied
   or employed_enbek + employed_private + employed_household > employed_total
