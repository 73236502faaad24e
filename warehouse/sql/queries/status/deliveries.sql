-- grain: delivery: every delivery still not through (its latest row failed, refused or left sending) and the last ten, newest first
with latest as (
    select *, row_number() over (partition by publication_id, channel, address order by delivery_id desc) as nth
    from etl.deliveries
),

shown as (
    select * from latest where nth = 1 and status <> 'sent'
    union
    select * from latest where delivery_id in (select delivery_id from etl.deliveries order by delivery_id desc limit 10)
)

select
    d.delivery_id,
    p.kind,
    p.period,
    p.language,
    p.scope,
    d.publication_id,
    d.recipient,
    d.channel,
    d.address,
    d.status,
    d.attempts,
    d.error,
    coalesce(d.finished_at, d.started_at) as last_at
from shown as d
join etl.publications as p using (publication_id)
order by last_at desc, d.delivery_id desc
