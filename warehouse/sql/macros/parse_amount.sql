-- Accounting amounts: 1 234 567,89 (space or no-break space between thousands, decimal comma).
create or replace macro staging.parse_amount(val) as
    case when regexp_full_match(trim(val), '-?[0-9]{1,3}([ \x{00A0}][0-9]{3})*(,[0-9]{1,2})?|-?[0-9]+(,[0-9]{1,2})?')
        then try_cast(replace(replace(replace(trim(val), ' ', ''), chr(160), ''), ',', '.') as decimal(18,2)) end;
