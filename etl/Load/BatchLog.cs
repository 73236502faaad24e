using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Etl.Load;

/// <summary>etl.batches: one row per file received, whatever became of it.</summary>
public sealed class BatchLog(WarehouseSession session, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A batch left 'running' by a process that died is marked failed: its transaction never committed.</summary>
    public int MarkInterrupted() => session.Execute(
        "update etl.batches set status = 'failed', finished_at = $1, error = 'interrupted: the process ended before this file finished loading; nothing of it was kept' where status = 'running'",
        Now);

    public long Start(string fileName, string sha256, FileKind kind, string? slice, string? archivePath)
    {
        var id = session.Scalar<long>("select nextval('etl.batch_seq')");
        session.Execute(
            """
            insert into etl.batches (batch_id, file_name, sha256, kind, slice, status, started_at, archive_path)
            values ($1, $2, $3, $4, $5, 'running', $6, $7)
            """,
            id, fileName, sha256, kind.Code(), slice, Now, archivePath);
        return id;
    }

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
