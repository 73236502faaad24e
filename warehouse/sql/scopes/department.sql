-- Department $1's name in language $2, if there is such a department.
select staging.named($2, name_kk, name_ru, name_en)
from core.dim_department
where department_code = $1
