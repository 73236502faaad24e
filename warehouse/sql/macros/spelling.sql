-- staging.spelling: a value as enumerated columns compare it — trimmed, lower case, inner spaces single, no trailing dot ("Шт." is "шт").
create or replace macro staging.spelling(val) as
    rtrim(regexp_replace(lower(trim(val)), '\s+', ' ', 'g'), '.');
