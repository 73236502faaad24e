-- staging.branch_named: a branch of РГП «Еңбек» as its П-1 form writes it (in Kazakh), or by seed branches.csv in Russian and English; the form's name where the seed has none.
-- (Written out rather than over staging.named: a macro must exist before one that calls it, and the macros load in name order.)
create or replace macro staging.branch_named(lang, form_name, ru, en) as
    case lang when 'kk' then form_name when 'ru' then coalesce(ru, form_name) else coalesce(en, form_name) end;
