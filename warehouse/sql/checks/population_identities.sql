-- name: population_identities
-- severity: error
-- description: held_total = held_sentenced + held_pretrial, and women, juveniles, foreigners do not exceed held_total.
select facility_code, date, held_total, held_sentenced, held_pretrial, women, juveniles, foreigners
from core.fact_population_daily
where held_total <> held_sentenced + held_pretrial
   or women > held_total
   or juveniles > held_total
   or foreigners > held_total
