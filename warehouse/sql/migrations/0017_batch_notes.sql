-- What a batch's file did differently from its contract and was accepted (a copy's name such as
-- "population_202610 (1).csv", another separator or column order, extra columns ignored), one
-- note per line; null when it followed the contract. Batches before this migration have none.
alter table etl.batches add column notes varchar;
