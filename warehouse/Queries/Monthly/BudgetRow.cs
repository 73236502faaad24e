namespace CorrAnalytics.Warehouse.Queries.Monthly;

/// <summary>A row of monthly/budget.sql: specific group: plan and paid in the month beginning $1 and from January to it, and execution; $2 is the language</summary>
[Query("monthly/budget")]
public sealed record BudgetRow(
    string? SpecificGroup,
    decimal? PlanMonth,
    decimal? PaidMonth,
    decimal? PlanYtd,
    decimal? PaidYtd,
    double? ExecutionPct);
