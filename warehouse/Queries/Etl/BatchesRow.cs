namespace CorrAnalytics.Warehouse.Queries.Etl;

/// <summary>A row of etl/batches.sql: a batch of the log, with its start time written out and its notes (how its file differed from the contract and was accepted) on one line.</summary>
[Query("etl/batches")]
public sealed record BatchesRow(
    long? BatchId,
    string? FileName,
    string? Kind,
    string? Slice,
    string? Status,
    long? RowsRead,
    long? RowsLoaded,
    long? RowsRejected,
    DateTime? StartedAt,
    string? ReplacedBy,
    string? Error,
    string? Sha256,
    string? ArchivePath,
    string? Notes);
