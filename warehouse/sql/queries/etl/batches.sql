-- grain: batch: the latest $1 batches of the batch log, newest first; only kind $2, status $3, period $4
-- (a month YYYY-MM or a year YYYY: the slices it covers, a facility's form of that month included) and
-- file names containing $5 (any case) when given
select
    batch_id,
    file_name,
    kind,
    coalesce(slice, '')                              as slice,
    status,
    rows_read,
    rows_loaded,
    rows_rejected,
    started_at,
    coalesce(replaced_by::varchar, '')               as replaced_by,
    coalesce(error, '')                              as error,
    coalesce(left(sha256, 12), '')                   as sha256,
    coalesce(archive_path, '')                       as archive_path,
    coalesce(replace(notes, chr(10), '; '), '')      as notes
from etl.batches
where ($2::varchar is null or kind = $2)
  and ($3::varchar is null or status = $3)
  and ($4::varchar is null or slice = $4 or slice like $4 || '-%' or slice like '%@' || $4 || '%' or $4 like slice || '-%')
  and ($5::varchar is null or file_name ilike '%' || $5 || '%')
order by batch_id desc
limit $1
