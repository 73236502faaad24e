insert into etl.publication_figures (publication_id, indicator, value) values ($1, $2, $3)
