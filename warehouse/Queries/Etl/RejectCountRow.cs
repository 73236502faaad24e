namespace CorrAnalytics.Warehouse.Queries.Etl;

/// <summary>A row of etl/reject_count.sql: how many rejected rows a batch (or every batch) has.</summary>
[Query("etl/reject_count")]
public sealed record RejectCountRow(
    long? Rejects);
