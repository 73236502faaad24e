-- Department $1's name in language $2, if there is such a department.
select case $2 when 'kk' then name_kk when 'ru' then name_ru else name_en end
from core.dim_department
where department_code = $1
