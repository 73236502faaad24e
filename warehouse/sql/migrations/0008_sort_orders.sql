-- The order a report lists staff categories and incident types in, defined once in the seeds: the
-- same in every language (a list sorted by its translated names would differ between kk, ru and en).
alter table core.dim_staff_category add column sort_order integer;
alter table core.dim_incident_type add column sort_order integer;
