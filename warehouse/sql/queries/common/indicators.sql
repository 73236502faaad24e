-- grain: one row: the national indicators of DESIGN §5 for the month beginning $1
-- They are computed in marts.mart_indicators_monthly; a month outside the calendar gives one row of
-- nulls, shown as not available, like a month without data.
with asked as (
    select $1::date as month
)

select i.* exclude (month)
from asked
left join marts.mart_indicators_monthly as i using (month)
