namespace CorrAnalytics.Reports.Production;

/// <summary>Output, sales and employment of a month, for the 13-month trends.</summary>
public sealed record ProductionTrendPoint(DateOnly Month, decimal Output, decimal Sold, decimal? Employment);
