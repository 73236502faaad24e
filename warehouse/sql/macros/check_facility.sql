-- staging.check_facility: null, or UNKNOWN_FACILITY (with a hint when Latin letters look Cyrillic) or FACILITY_NOT_OPEN on the row's date.
create or replace macro staging.check_facility(code, on_date) as
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
