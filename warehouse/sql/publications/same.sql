-- The publication of this kind, period, language, scope and formats rendered from data version $6
-- (and as of $7, null for the present), if there is one: a render of it again is the same publication.
select publication_id, generated_at, files
from etl.publications
where kind = $1 and period = $2 and language = $3 and scope = $4 and formats = $5 and data_version = $6
  and as_of is not distinct from $7
order by publication_id
limit 1
