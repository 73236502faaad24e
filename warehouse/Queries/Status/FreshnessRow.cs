namespace CorrAnalytics.Warehouse.Queries.Status;

/// <summary>A row of status/freshness.sql: source (file kind): the latest slice loaded, when, and how much</summary>
[Query("status/freshness")]
public sealed record FreshnessRow(
    string? Kind,
    string? LatestSlice,
    DateTime? LastLoadedAt,
    long? Files,
    long? Rows,
    long? Rejected);
