using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>etl.batches: one row per file received, whatever became of it.</summary>
public sealed class BatchLog(WarehouseSession session, TimeProvider clock)
{
    // The loaded batch of each kind and slice, read once per run and kept in step after each
    // commit: asking the table for every file of a backfill cost more than loading small files.
    private Dictionary<(string Kind, string Slice), (long Id, string Sha)>? _loadedBySlice;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public long NextId() => session.Scalar<long>(SqlResources.Sql("load/batch_next_id"));

    /// <summary>
    /// Records a batch as running. Called inside the file's load transaction, so a process killed
    /// mid-load leaves no batch behind, and the file, still in the inbox, is loaded on the next run.
    /// </summary>
    public void Start(long batchId, BatchFile file) =>
        session.Execute(SqlResources.Sql("load/batch_started"),
            batchId, file.FileName, file.Sha256, file.Kind, file.Slice, file.StartedAt, file.ArchivePath);

    /// <summary>Records a finished batch in one statement (Start and Finish in one, for loads that need no running row).</summary>
    public void Write(long batchId, BatchFile file, string status, long read, long loaded, long rejected, string? error = null) =>
        session.Execute(SqlResources.Sql("load/batch_whole"),
            batchId, file.FileName, file.Sha256, file.Kind, file.Slice, status, file.StartedAt, file.ArchivePath,
            read, loaded, rejected, Now, error);

    /// <summary>True when an earlier loaded batch covers the same kind and slice (so this file replaces it).</summary>
    public bool SliceLoaded(FileKind kind, string slice) => Index().ContainsKey((kind.Code(), slice));

    /// <summary>
    /// The batch that loaded these very bytes as this kind and slice, if that is what the slice holds
    /// now: then the file is a duplicate. The same bytes under another slice's name load as that slice
    /// (a department re-sending an unchanged staffing table for a new month).
    /// </summary>
    public long? LoadedWithSameBytes(string sha256, FileKind kind, string slice) =>
        Index().TryGetValue((kind.Code(), slice), out var loaded) && loaded.Sha == sha256 ? loaded.Id : null;

    /// <summary>Keeps the index in step once a load has committed.</summary>
    public void Remember(long batchId, string sha256, FileKind kind, string slice) =>
        Index()[(kind.Code(), slice)] = (batchId, sha256);

    private Dictionary<(string Kind, string Slice), (long Id, string Sha)> Index()
    {
        if (_loadedBySlice is not null)
            return _loadedBySlice;
        var loaded = session.Query(SqlResources.Sql("load/loaded_batches"),
            r => (Id: r.GetInt64(0), Sha: r.GetString(1), Kind: r.GetString(2), Slice: r.IsDBNull(3) ? "" : r.GetString(3)));
        _loadedBySlice = [];
        foreach (var b in loaded)
            _loadedBySlice[(b.Kind, b.Slice)] = (b.Id, b.Sha);
        return _loadedBySlice;
    }

    public void Finish(long batchId, string status, long read, long loaded, long rejected, string? error = null) =>
        session.Execute(SqlResources.Sql("load/batch_finished"),
            batchId, status, read, loaded, rejected, Now, error);

    /// <summary>Marks the earlier batches of the same kind and slice as replaced by this one.</summary>
    public void MarkReplaced(long batchId, FileKind kind, string slice) =>
        session.Execute(
            SqlResources.Sql("load/batches_replaced"),
            kind.Code(), slice, batchId);
}
