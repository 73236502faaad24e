namespace CorrAnalytics.Reports.Monthly;

/// <summary>Plan and paid from January to a month, for the cumulative budget chart.</summary>
public sealed record BudgetPoint(DateOnly Month, decimal Plan, decimal Paid);
