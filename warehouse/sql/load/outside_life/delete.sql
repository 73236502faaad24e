delete from {target} where rowid in (select row_id from outside_life)
