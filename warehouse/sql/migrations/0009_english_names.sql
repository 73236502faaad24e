-- English names for facilities and products: an optional last column name_en of the facility
-- register and the product catalogue (files without it still load). A report in English shows
-- name_en where a register gave one and the Russian name otherwise.
alter table raw.facilities add column name_en varchar;
alter table raw.products add column name_en varchar;
alter table core.dim_facility add column name_en varchar;
alter table core.dim_product add column name_en varchar;

-- The branches of РГП «Еңбек» as the П-1 form names them, with their names in Russian and English
-- (warehouse/sql/seeds/branches.csv); a branch not listed is shown as the form wrote it.
create table core.dim_branch (
    branch  varchar primary key,
    name_ru varchar not null,
    name_en varchar not null
);
