-- The register {target} as it is before a snapshot loads, to keep what the snapshot changes.
create or replace temp table register_before as select * from {target}
