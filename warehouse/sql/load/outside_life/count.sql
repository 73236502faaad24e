select count(*) from outside_life
