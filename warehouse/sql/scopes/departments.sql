-- The departments that run a facility on $1 (a period's last day), in code order: those --all-departments reports on.
select d.department_code
from core.dim_department as d
where exists (select 1 from core.dim_facility as f where f.department_code = d.department_code and $1::date between f.valid_from and f.valid_to)
order by d.department_code
