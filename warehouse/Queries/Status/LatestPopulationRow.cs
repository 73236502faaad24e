namespace CorrAnalytics.Warehouse.Queries.Status;

/// <summary>A row of status/latest_population.sql: one row: the latest day with population figures</summary>
[Query("status/latest_population")]
public sealed record LatestPopulationRow(
    DateTime? LatestDate);
