namespace CorrAnalytics.Warehouse.Queries.Common;

/// <summary>A row of common/data_version.sql: one row: the latest loaded batch (the data version) and the batches the month beginning $1 rests on</summary>
[Query("common/data_version")]
public sealed record DataVersionRow(
    long? LastBatch,
    DateTime? LoadedAt,
    string? BatchesUsed,
    long? PopulationRows);
