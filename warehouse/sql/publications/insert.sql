insert into etl.publications (publication_id, kind, period, language, scope, formats, generated_at, data_version, as_of, triggered_by, files)
values ((select coalesce(max(publication_id), 0) + 1 from etl.publications), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
returning publication_id
