-- The batch log as of data version {version}: the batches up to it, a batch replaced later still loaded.
create view as_of.etl.batches as
select * replace (
    case when status = 'replaced' and replaced_by > {version} then 'loaded' else status end as status,
    case when replaced_by > {version} then null else replaced_by end as replaced_by)
from {main}.etl.batches
where batch_id <= {version}
