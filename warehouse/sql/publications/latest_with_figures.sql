-- The latest publication of the monthly report of scope $4 (national or a department's code) for
-- period $1 that recorded its figures, in language $2 (null: any), rendered from data version $3 or earlier (the version the asking render sees):
-- the one from the newest data, so an --as-of render of older data does not stand for the month.
select p.publication_id, p.data_version
from etl.publications as p
where p.kind = 'monthly' and p.scope = $4 and p.period = $1 and ($2 is null or p.language = $2) and p.data_version <= $3
  and exists (select 1 from etl.publication_figures as f where f.publication_id = p.publication_id)
order by p.data_version desc, p.publication_id desc
limit 1
