namespace CorrAnalytics.Warehouse.Queries.Production;

/// <summary>A row of production/trend.sql: month: the 13 months ending with the month beginning $1: output, sales and employment</summary>
[Query("production/trend")]
public sealed record ProductionTrendRow(
    DateOnly? Month,
    decimal? OutputValue,
    decimal? SoldValue,
    double? EmploymentPct);
