namespace CorrAnalytics.Warehouse.Queries.Etl;

/// <summary>A row of etl/batch_exists.sql: whether the log holds a batch.</summary>
[Query("etl/batch_exists")]
public sealed record BatchExistsRow(
    long? Batches);
