-- staging.named: a name in the report's language ($2 of a query): Kazakh, Russian, or English (Russian where a register has no English name).
create or replace macro staging.named(lang, kk, ru, en) as
    case lang when 'kk' then kk when 'ru' then ru else coalesce(en, ru) end;
