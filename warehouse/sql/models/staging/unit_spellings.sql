-- grain: one row per accepted spelling of a unit (its code, its kk/ru/en names, the aliases seed), compared as staging.spelling does
with spellings as (
    select unit, unit as spelling from core.dim_unit
    union all select unit, name_kk from core.dim_unit
    union all select unit, name_ru from core.dim_unit
    union all select unit, name_en from core.dim_unit
    union all select unit, alias from core.dim_unit_alias
),

final as (
    -- a spelling two units share is no spelling of either
    select staging.spelling(spelling) as spelling, min(unit) as unit
    from spellings
    group by all
    having count(distinct unit) = 1
)

select * from final
