-- A table written whole (a dimension): its rows and a fingerprint of their content.
select count(*) as rows, count(*) || ':' || coalesce(bit_xor(hash(t)), 0) as fingerprint
from {source} as t
