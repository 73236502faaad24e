-- The product codes of the catalogue.
select product_code from core.dim_product
