-- The loaded files with rows refused as FACILITY_NOT_OPEN (at intake, or set aside by a later register)
-- whose facility the register now opens on the day the reason names ('on YYYY-MM-DD'; 'in YYYY-MM': a
-- staffing table's last day, a form's month): they load again from the archive, as new batches that
-- replace them. Only files loaded before the latest register: one loaded since was checked against the
-- register in force, and a reload is never a candidate again.
with latest_register as (
    select max(batch_id) as batch_id from etl.batches where kind = 'facilities' and status in ('loaded', 'replaced')
),
refused as (
    select r.batch_id, r.facility_code,
        regexp_extract(r.message, 'is not open (on|in) ([0-9]{4}-[0-9]{2}(-[0-9]{2})?)', 2) as during
    from etl.rejects as r
    where r.rule_code = 'FACILITY_NOT_OPEN' and r.facility_code is not null
),
days as (
    select f.batch_id, f.facility_code,
        case when length(f.during) = 10 then try_cast(f.during as date)
             when b.kind = 'staffing' then last_day(try_cast(f.during || '-01' as date))
             else try_cast(f.during || '-01' as date) end as first_day,
        case when length(f.during) = 10 then try_cast(f.during as date)
             else last_day(try_cast(f.during || '-01' as date)) end as last_day
    from refused as f
    join etl.batches as b on b.batch_id = f.batch_id
    where f.during <> ''
)
select b.batch_id, b.file_name, b.archive_path, string_agg(distinct d.facility_code, ', ' order by d.facility_code) as facilities
from etl.batches as b
join days as d on d.batch_id = b.batch_id
cross join latest_register as l
where b.status = 'loaded' and b.kind not in ('facilities', 'products') and b.archive_path is not null
  and b.batch_id < l.batch_id
  and staging.open_during(d.facility_code, d.first_day, d.last_day)
group by b.batch_id, b.file_name, b.archive_path
order by b.batch_id
