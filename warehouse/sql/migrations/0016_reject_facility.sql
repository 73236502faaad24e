-- The facility a rejected row names, as the file wrote it (null when it names none, or the row could
-- not be split into fields): a department's annex counts only the rows of its facilities, and a row
-- whose facility cannot be resolved is in the republic's annex only. Rows rejected before this
-- migration have none.
alter table etl.rejects add column facility_code varchar;
