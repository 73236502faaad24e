-- name: facility_versions_consistent
-- severity: error
-- description: Each facility has exactly one current version and its versions do not overlap.
with versions as (
    select * from core.dim_facility
),

current_count as (
    select facility_code, 'current versions: ' || count(*) filter (where is_current) as problem
    from versions
    group by facility_code
    having count(*) filter (where is_current) <> 1
),

overlapping as (
    select a.facility_code, 'versions ' || a.valid_from || ' and ' || b.valid_from || ' overlap' as problem
    from versions as a
    join versions as b
        on a.facility_code = b.facility_code
        and a.facility_key < b.facility_key
        and a.valid_from <= b.valid_to
        and b.valid_from <= a.valid_to
),

final as (
    select * from current_count
    union all select * from overlapping
)

select * from final
