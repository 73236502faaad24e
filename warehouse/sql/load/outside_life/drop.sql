drop table if exists outside_life
