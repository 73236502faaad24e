-- grain: report kind: its latest national publication (period, language, id, time, data version) and how many files loaded since feed its period
with latest as (
    select *
    from etl.publications as p
    where p.publication_id = (select max(q.publication_id) from etl.publications as q where q.kind = p.kind and q.scope = 'national')
)

select
    l.kind,
    l.period,
    l.language,
    l.publication_id,
    l.generated_at,
    l.data_version,
    (select count(*) from etl.batches as b
     where b.batch_id > l.data_version and b.status in ('loaded', 'replaced')
       and (b.kind in ('facilities', 'products')
            or b.slice = l.period
            or (length(l.period) = 7 and b.slice = left(l.period, 4))
            or (b.kind = 'production' and split_part(b.slice, '@', 2) = l.period)
            or (length(l.period) = 4 and left(b.slice, 4) = cast(cast(l.period as integer) - 1 as varchar)))) as files_since
from latest as l
order by l.kind
