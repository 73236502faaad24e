namespace CorrAnalytics.Warehouse.Queries.Status;

/// <summary>A row of status/problems.sql: one row: files refused or failed, and batches whose counts do not add up (read = loaded + rejected)</summary>
[Query("status/problems")]
public sealed record ProblemsRow(
    long? Quarantined,
    long? Failed,
    long? Unbalanced);
