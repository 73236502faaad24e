namespace CorrAnalytics.Warehouse.Queries.Monthly;

/// <summary>A row of monthly/sources.sql: a source's rows in the month and, when it has none, the file of the month that was refused.</summary>
[Query("monthly/sources")]
public sealed record SourcesRow(
    string? Source,
    long? Rows,
    long? RefusedBatch,
    string? RefusedReason);
