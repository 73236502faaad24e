-- Spellings a source may use for a unit besides its code and its kk/ru/en names ("шт", "компл.", "кв.м").
create table core.dim_unit_alias (
    alias varchar primary key,
    unit  varchar not null
);
