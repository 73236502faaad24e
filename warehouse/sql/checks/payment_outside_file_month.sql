-- name: payment_outside_file_month
-- severity: error
-- description: Every payment is dated inside the month of the budget_exec file that brought it.
select p.facility_code, p.document, p.date, b.file_name, b.slice
from core.fact_payment as p
join etl.batches as b using (batch_id)
where b.kind = 'budget_exec'
  and strftime(p.date, '%Y-%m') <> b.slice
