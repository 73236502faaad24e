-- grain: one row per raw catalogue row; reject_rule is null for a row that loads
with raw_rows as (
    -- While the ETL loads a group of batches it sets etl_first and etl_last, so only that group is checked.
    select * from raw.products
    where getvariable('etl_first') is null or batch_id between getvariable('etl_first') and getvariable('etl_last')
),

typed as (
    select
        r.*,
        trim(r.product_code) as v_product_code,
        trim(r.category)     as v_category,
        coalesce(u.unit, trim(r.unit)) as v_unit
    from raw_rows as r
    left join staging.unit_spellings as u on u.spelling = staging.spelling(r.unit)
),

checked as (
    select
        *,
        coalesce(
            staging.check_required(product_code, 'product_code'),
            staging.check_not_formula(product_code, 'product_code'),
            staging.check_required(name_kk, 'name_kk'),
            staging.check_required(name_ru, 'name_ru'),
            staging.check_code(category, 'category', exists (select 1 from core.dim_product_category c where c.category = v_category)),
            staging.check_code(unit, 'unit', exists (select 1 from core.dim_unit u where u.unit = v_unit))
        ) as problem
    from typed
),

deduplicated as (
    select
        *,
        case when problem is null and row_number() over grain > 1 then staging.reject('DUPLICATE_ROW', 'product_code', product_code,
            'a second row for ' || v_product_code || ' (the first, line ' || first_value(line) over grain || ', is kept)') end as duplicate
    from checked
    window grain as (partition by batch_id, problem is null, v_product_code order by line)
),

final as (
    select
        batch_id, file_name, line,
        v_product_code as product_code, trim(name_kk) as name_kk, trim(name_ru) as name_ru, nullif(trim(name_en), '') as name_en,
        v_category as category, v_unit as unit,
        coalesce(problem, duplicate).rule    as reject_rule,
        coalesce(problem, duplicate).column  as reject_column,
        coalesce(problem, duplicate).value   as reject_value,
        coalesce(problem, duplicate).message as reject_message
    from deduplicated
)

select * from final
