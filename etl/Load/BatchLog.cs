using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Etl.Load;

/// <summary>etl.batches: one row per file received, whatever became of it.</summary>
public sealed class BatchLog(WarehouseSession session, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public long NextId() => session.Scalar<long>("select nextval('etl.batch_seq')");

    /// <summary>
    /// Records a batch as running. Called inside the file's load transaction, so a process killed
    /// mid-load leaves no batch behind, and the file, still in the inbox, is loaded on the next run.
    /// </summary>
    public void Start(long batchId, string fileName, string sha256, string kind, string? slice, string? archivePath, DateTime startedAt) =>
        session.Execute(
            """
            insert into etl.batches (batch_id, file_name, sha256, kind, slice, status, started_at, archive_path)
            values ($1, $2, $3, $4, $5, 'running', $6, $7)
            """,
            batchId, fileName, sha256, kind, slice, startedAt, archivePath);

    /// <summary>Records a batch that ended without loading anything (duplicate, quarantined, failed), in one statement.</summary>
    public void Record(long batchId, string fileName, string sha256, string kind, string? slice, string? archivePath, DateTime startedAt, string status, string? error)
    {
        Start(batchId, fileName, sha256, kind, slice, archivePath, startedAt);
        Finish(batchId, status, 0, 0, 0, error);
    }

    /// <summary>True when an earlier loaded batch covers the same kind and slice (so this file replaces it).</summary>
    public bool SliceLoaded(FileKind kind, string slice) =>
        session.Scalar<long>("select count(*) from etl.batches where kind = $1 and slice = $2 and status = 'loaded'", kind.Code(), slice) > 0;

    public long? LoadedWithSameBytes(string sha256) =>
        session.Scalar<long?>("select min(batch_id) from etl.batches where sha256 = $1 and status = 'loaded'", sha256);

    public void Finish(long batchId, string status, long read, long loaded, long rejected, string? error = null) =>
        session.Execute(
            """
            update etl.batches
            set status = $2, rows_read = $3, rows_loaded = $4, rows_rejected = $5, finished_at = $6, error = $7
            where batch_id = $1
            """,
            batchId, status, read, loaded, rejected, Now, error);

    /// <summary>Marks the earlier batches of the same kind and slice as replaced by this one.</summary>
    public void MarkReplaced(long batchId, FileKind kind, string slice) =>
        session.Execute(
            "update etl.batches set status = 'replaced', replaced_by = $3 where kind = $1 and slice = $2 and status = 'loaded' and batch_id <> $3",
            kind.Code(), slice, batchId);
}
