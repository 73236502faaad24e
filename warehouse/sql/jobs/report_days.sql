-- grain: month: the date of its n-th working day ($1 = n), from the warehouse calendar
with working as (
    select date, row_number() over (partition by month_start order by date) as n
    from core.dim_date
    where is_working_day
),

final as (
    select date from working where n = $1
)

select date from final order by date
