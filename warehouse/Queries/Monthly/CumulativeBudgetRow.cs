namespace CorrAnalytics.Warehouse.Queries.Monthly;

/// <summary>A row of monthly/cumulative_budget.sql: month of the year of $1 up to it: plan and paid, cumulative from January</summary>
[Query("monthly/cumulative_budget")]
public sealed record CumulativeBudgetRow(
    DateOnly? Month,
    decimal? PlanCumulative,
    decimal? PaidCumulative);
