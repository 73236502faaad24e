namespace CorrAnalytics.Warehouse.Queries.Budget;

/// <summary>A row of budget/plan_lines.sql: facility × specific: the actual of year $1−2, the plan of year $1−1, and its plan and payments to date (through the last month with payments); $2 is the language</summary>
[Query("budget/plan_lines")]
public sealed record PlanLinesRow(
    string? DepartmentCode,
    string? DepartmentName,
    string? FacilityCode,
    string? FacilityName,
    string? GroupCode,
    int? Specific,
    string? SpecificName,
    decimal? Actual,
    decimal? Plan,
    decimal? PlanToDate,
    decimal? PaidToDate,
    long? MonthsElapsed);
