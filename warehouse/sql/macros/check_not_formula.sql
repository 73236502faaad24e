-- Text that a spreadsheet would run as a formula (=, +, -, @ at the start).
create or replace macro staging.check_not_formula(val, col) as
    case when regexp_matches(trim(val), '^[=+\-@]')
        then staging.reject('FORMULA_TEXT', col, val, col || ' starts with ''' || left(trim(val), 1) || ''' and would be read as a spreadsheet formula') end;
