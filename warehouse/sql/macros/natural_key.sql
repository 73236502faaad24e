-- staging.natural_key: a code's sort key in natural order (ЕЦ-161/2 before ЕЦ-161/10, PUBLICATION §8):
-- each run of digits padded to ten places, so that text order is number order.
create or replace macro staging.natural_key(code) as
    list_aggr(list_transform(regexp_extract_all(code, '[0-9]+|[^0-9]+'),
        part -> case when regexp_full_match(part, '[0-9]+') then lpad(part, 10, '0') else part end), 'string_agg', '');
