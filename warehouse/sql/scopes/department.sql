-- Department $1's name in each language, if there is such a department.
select name_kk, name_ru, name_en from core.dim_department where department_code = $1
