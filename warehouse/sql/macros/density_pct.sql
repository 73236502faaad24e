-- staging.density_pct: occupancy, people held per 100 places of the capacity (limit) (DESIGN §5); null without a capacity.
create or replace macro staging.density_pct(stock, capacity) as
    stock * 100.0 / nullif(capacity, 0);
