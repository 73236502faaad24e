-- The facilities of department $1: those whose version valid on $2 (the period's last day) it runs.
create table dept.core.department_members as
select distinct facility_code
from {source}.core.dim_facility
where department_code = $1 and $2::date between valid_from and valid_to
