-- Raw rows as received: every value as text, with the batch, file and line (or cell) it came
-- from. Kept after the load for lineage; a replaced batch keeps its raw rows.

create table raw.facilities (
    batch_id bigint not null, file_name varchar not null, line integer not null,
    facility_code varchar, name_kk varchar, name_ru varchar, facility_type varchar, security_level varchar,
    sex varchar, region_code varchar, department_code varchar, capacity varchar, opened_on varchar, closed_on varchar
);

create table raw.products (
    batch_id bigint not null, file_name varchar not null, line integer not null,
    product_code varchar, name_kk varchar, name_ru varchar, category varchar, unit varchar
);

create table raw.population (
    batch_id bigint not null, file_name varchar not null, line integer not null,
    facility_code varchar, date varchar, held_total varchar, held_sentenced varchar, held_pretrial varchar,
    women varchar, juveniles varchar, foreigners varchar
);

create table raw.movements (
    batch_id bigint not null, file_name varchar not null, line integer not null,
    facility_code varchar, date varchar, movement varchar, count varchar
);

create table raw.incidents (
    batch_id bigint not null, file_name varchar not null, line integer not null,
    incident_id varchar, facility_code varchar, occurred_at varchar, incident_type varchar, persons varchar
);

create table raw.staffing (
    batch_id bigint not null, file_name varchar not null, line integer not null,
    facility_code varchar, staff_category varchar, posts_established varchar, posts_filled varchar
);

create table raw.budget_plan (
    batch_id bigint not null, file_name varchar not null, line integer not null,
    facility_code varchar, programme varchar, subprogramme varchar, specific varchar, source varchar,
    period varchar, amount varchar
);

create table raw.budget_exec (
    batch_id bigint not null, file_name varchar not null, line integer not null,
    date varchar, facility_code varchar, programme varchar, subprogramme varchar, specific varchar,
    source varchar, amount varchar, document varchar
);

-- A П-1 workbook, one row per cell read: section header|product|labour, the form's label or column.
create table raw.production_cells (
    batch_id bigint not null, file_name varchar not null, cell varchar not null,
    section varchar not null, row_key integer, field varchar not null, value varchar
);

-- Reject helpers used by the staging models: each returns null when the value is fine, or a
-- struct (rule, column, value, message) naming what is wrong.
create macro staging.reject(rule, col, val, msg) as
    {'rule': rule, 'column': col, 'value': val, 'message': msg};

create macro staging.check_required(val, col) as
    case when val is null or trim(val) = '' then staging.reject('MISSING_VALUE', col, val, col || ' is empty') end;

create macro staging.check_int(val, col) as
    case
        when val is null or trim(val) = '' then staging.reject('MISSING_VALUE', col, val, col || ' is empty')
        when not regexp_full_match(trim(val), '-?[0-9]+') or try_cast(trim(val) as integer) is null
            then staging.reject('BAD_NUMBER', col, val, '''' || val || ''' in ' || col || ' is not a whole number')
    end;

create macro staging.check_count(val, col) as
    coalesce(
        staging.check_int(val, col),
        case when try_cast(trim(val) as integer) < 0
            then staging.reject('NEGATIVE_COUNT', col, val, col || ' is negative (' || val || '); counts cannot be below zero') end);

create macro staging.check_iso_date(val, col) as
    case
        when val is null or trim(val) = '' then staging.reject('MISSING_VALUE', col, val, col || ' is empty')
        when not regexp_full_match(trim(val), '[0-9]{4}-[0-9]{2}-[0-9]{2}') or try_cast(trim(val) as date) is null
            then staging.reject('BAD_DATE', col, val, '''' || val || ''' in ' || col || ' is not a date written YYYY-MM-DD')
    end;

-- Accounting amounts: 1 234 567,89 (space or no-break space between thousands, decimal comma).
create macro staging.parse_amount(val) as
    case when regexp_full_match(trim(val), '-?[0-9]{1,3}([ \x{00A0}][0-9]{3})*(,[0-9]{1,2})?|-?[0-9]+(,[0-9]{1,2})?')
        then try_cast(replace(replace(replace(trim(val), ' ', ''), chr(160), ''), ',', '.') as decimal(18,2)) end;

create macro staging.check_amount(val, col) as
    case
        when val is null or trim(val) = '' then staging.reject('MISSING_VALUE', col, val, col || ' is empty')
        when staging.parse_amount(val) is null
            then staging.reject('BAD_NUMBER', col, val, '''' || val || ''' in ' || col || ' is not an amount written 1 234 567,89')
    end;

-- Latin letters that look like Cyrillic ones, mapped to the Cyrillic letter (EЦ-166/1 with a Latin E).
create macro staging.cyrillic_lookalikes(val) as
    translate(val, 'ABCEHKMOPTXaceopxy', 'АВСЕНКМОРТХасеорху');

create macro staging.check_facility(code, on_date) as
    case
        when code is null or trim(code) = '' then staging.reject('MISSING_VALUE', 'facility_code', code, 'facility_code is empty')
        when not exists (select 1 from core.dim_facility f where f.facility_code = code) then staging.reject(
            'UNKNOWN_FACILITY', 'facility_code', code,
            'facility code ''' || code || ''' is not in the register' || coalesce(
                (select first(' (it contains Latin letters that look Cyrillic: did you mean ''' || f.facility_code || '''?)')
                 from core.dim_facility f where f.facility_code = staging.cyrillic_lookalikes(code)),
                ''))
        when on_date is not null and not exists (
            select 1 from core.dim_facility f
            where f.facility_code = code and on_date between f.valid_from and f.valid_to
              and f.opened_on <= on_date and (f.closed_on is null or on_date < f.closed_on))
            then staging.reject('FACILITY_NOT_OPEN', 'facility_code', code,
                'facility ' || code || ' is not open on ' || strftime(on_date, '%Y-%m-%d'))
    end;

create macro staging.check_code(val, col, known) as
    case
        when val is null or trim(val) = '' then staging.reject('MISSING_VALUE', col, val, col || ' is empty')
        when not known then staging.reject('UNKNOWN_CODE', col, val, '''' || val || ''' is not a known ' || col)
    end;

create macro staging.check_in_period(on_date, col, val, slice_first, slice_last) as
    case when on_date < slice_first or on_date > slice_last
        then staging.reject('DATE_OUTSIDE_PERIOD', col, val,
            val || ' is outside the period of the file (' || strftime(slice_first, '%Y-%m-%d') || ' to ' || strftime(slice_last, '%Y-%m-%d') || ')') end;

-- Text that a spreadsheet would run as a formula (=, +, -, @ at the start).
create macro staging.check_not_formula(val, col) as
    case when regexp_matches(trim(val), '^[=+\-@]')
        then staging.reject('FORMULA_TEXT', col, val, col || ' starts with ''' || left(trim(val), 1) || ''' and would be read as a spreadsheet formula') end;

-- The batch's slice as dates: YYYY-MM is a month, YYYY a year.
create macro staging.slice_first(slice) as
    case when length(slice) = 7 then strptime(slice || '-01', '%Y-%m-%d')::date else strptime(slice || '-01-01', '%Y-%m-%d')::date end;

create macro staging.slice_last(slice) as
    case when length(slice) = 7 then last_day(strptime(slice || '-01', '%Y-%m-%d')::date) else strptime(slice || '-12-31', '%Y-%m-%d')::date end;
