-- grain: one row: the latest day with population figures
select max(date)::timestamp as latest_date from core.fact_population_daily
