namespace CorrAnalytics.Warehouse.Queries.Status;

/// <summary>A row of status/refresh.sql: the last load and the last refresh of the marts.</summary>
[Query("status/refresh")]
public sealed record RefreshRow(
    long? LastBatch,
    DateTime? LastLoad,
    DateTime? LastRefresh);
