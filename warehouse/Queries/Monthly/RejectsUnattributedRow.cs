namespace CorrAnalytics.Warehouse.Queries.Monthly;

/// <summary>The row of monthly/rejects_unattributed.sql: the month's rejected rows whose facility cannot be resolved (the republic's annex only).</summary>
[Query("monthly/rejects_unattributed")]
public sealed record RejectsUnattributedRow(
    long? Rows);
