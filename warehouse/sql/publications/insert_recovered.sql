-- A publication the warehouse lost (restored from an older copy) recorded again from its manifest under its own number $1, unless that number is taken.
insert into etl.publications (publication_id, kind, period, language, scope, formats, generated_at, data_version, as_of, triggered_by, files)
select $1, $2, $3, $4, $5, $6, $7, $8, $9, 'restore', $10
where not exists (select 1 from etl.publications where publication_id = $1)
