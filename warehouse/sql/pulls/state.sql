-- Where source $1 stands: the highest watermark pulled, its type, and the query's hash then.
select watermark, watermark_type, query_sha256 from etl.pull_state where source = $1
