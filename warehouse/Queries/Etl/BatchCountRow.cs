namespace CorrAnalytics.Warehouse.Queries.Etl;

/// <summary>A row of etl/batch_count.sql: how many batches the log holds.</summary>
[Query("etl/batch_count")]
public sealed record BatchCountRow(
    long? Batches);
