namespace CorrAnalytics.Warehouse.Queries.Monthly;

/// <summary>A row of monthly/trend.sql: month: the 13 months ending with the month beginning $1, stock and capacity at each month end</summary>
[Query("monthly/trend")]
public sealed record TrendRow(
    DateOnly? Month,
    long? Stock,
    long? Capacity);
