select indicator, value from etl.publication_figures where publication_id = $1
