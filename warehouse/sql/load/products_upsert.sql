-- A catalogue snapshot adds products and renames existing ones (codes are never reused).
insert or replace into core.dim_product (product_code, name_kk, name_ru, name_en, category, unit, batch_id)
select product_code, name_kk, name_ru, name_en, category, unit, batch_id
from batch_rows
where reject_rule is null
