-- The group's rows as the staging model types and checks them, evaluated once.
create or replace temp table batch_rows as
select * from {staging_view}
