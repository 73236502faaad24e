-- The rows found outside their facility's life are rejected rows of the files that loaded them
-- (file and line kept), with the register batch $1 and file $2 that said so.
insert into etl.rejects (batch_id, file_name, line, column_name, raw_value, rule_code, message, facility_code)
select o.batch_id, b.file_name, o.line, 'facility_code', o.facility_code, 'FACILITY_NOT_OPEN',
    'facility ' || o.facility_code || ' is not open ' || o.during || ' according to the register ' || $2
        || ' (batch ' || $1 || '), which arrived after this row was loaded: the row is set aside',
    o.facility_code
from outside_life as o
join etl.batches as b on b.batch_id = o.batch_id
