-- Latin letters that look like Cyrillic ones, mapped to the Cyrillic letter (EЦ-166/1 with a Latin E).
create or replace macro staging.cyrillic_lookalikes(val) as
    translate(val, 'ABCEHKMOPTXaceopxy', 'АВСЕНКМОРТХасеорху');
