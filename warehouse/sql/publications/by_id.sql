select publication_id, kind, period, language, scope, formats, generated_at, data_version, files
from etl.publications
where publication_id = $1
