namespace CorrAnalytics.Reports.Monthly;

/// <summary>Stock and capacity at a month's end, for the 13-month trend.</summary>
public sealed record TrendPoint(DateOnly Month, decimal? Stock, decimal? Capacity);
