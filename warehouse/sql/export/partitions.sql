-- The partitions of {source} by the year and month of {date}: rows, and a fingerprint of their content
-- (a changed, added or removed row changes it).
select
    year({date}) as period_year,
    month({date}) as period_month,
    count(*) as rows,
    count(*) || ':' || bit_xor(hash(t)) as fingerprint
from {source} as t
group by all
order by all
