-- Source $1 (kind $2) has pulled up to watermark $3 (type $4) with the query of hash $5, at $6.
insert or replace into etl.pull_state (source, kind, watermark, watermark_type, query_sha256, pulled_at)
values ($1, $2, $3, $4, $5, $6)
