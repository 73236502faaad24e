using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>etl.batches: one row per file received, whatever became of it.</summary>
public sealed class BatchLog(WarehouseSession session, ProductClock clock)
{
    // The loaded batch of each kind and slice, read once per run and kept in step after each
    // commit: asking the table for every file of a backfill cost more than loading small files.
    private Dictionary<(string Kind, string Slice), (long Id, string Sha, string FileName)>? _loadedBySlice;

    private DateTime Now => clock.UtcDateTime;

    public long NextId() => NextIds(1)[0];

    /// <summary>The next ids for a group of batches, in order.</summary>
    public IReadOnlyList<long> NextIds(int count) =>
        session.Query(SqlResources.Sql("load/batch_next_ids"), r => r.GetInt64(0), count);

    /// <summary>
    /// Records a group's batches as running (the staging models read each batch's period from its
    /// row). Called inside the group's transaction, so a process killed mid-load leaves no batch
    /// behind, and the files, still in the inbox, load on the next run.
    /// </summary>
    internal void Start(IReadOnlyList<GroupMember> members)
    {
        session.Execute(SqlResources.Sql("load/load_group_create"));
        using (var appender = session.Connection.CreateAppender("temp", "main", "load_group"))
            foreach (var (ready, batchId) in members)
            {
                var b = ready.Batch;
                appender.CreateRow().AppendValue(batchId).AppendValue(b.FileName).AppendValue(b.Sha256).AppendValue(b.Kind)
                    .AppendValue(b.Slice).AppendValue(b.StartedAt).AppendValue(b.ArchivePath).AppendValue(ready.Csv?.CopyPath)
                    .AppendValue(ready.Notes.Count == 0 ? null : string.Join('\n', ready.Notes)).EndRow();
            }
        session.Execute(SqlResources.Sql("load/group_batches_started"));
    }

    /// <summary>Finishes a group's batches in one statement.</summary>
    internal void Finish(IEnumerable<(long BatchId, string Status, LoadCounts Counts, string? Error)> batches)
    {
        session.Execute(SqlResources.Sql("load/load_counts_create"));
        using (var appender = session.Connection.CreateAppender("temp", "main", "load_counts"))
            foreach (var (batchId, status, counts, error) in batches)
                appender.CreateRow().AppendValue(batchId).AppendValue(status).AppendValue(counts.Read).AppendValue(counts.Loaded)
                    .AppendValue(counts.Rejected).AppendValue(error).EndRow();
        session.Execute(SqlResources.Sql("load/group_batches_finished"), Now);
    }

    /// <summary>Records a finished batch in one statement (Start and Finish in one, for loads that need no running row).</summary>
    public void Write(long batchId, BatchFile file, string status, long read, long loaded, long rejected, string? error = null) =>
        session.Execute(SqlResources.Sql("load/batch_whole"),
            batchId, file.FileName, file.Sha256, file.Kind, file.Slice, status, file.StartedAt, file.ArchivePath,
            read, loaded, rejected, Now, error);

    /// <summary>
    /// The batch that loaded these very bytes as this kind and slice, if that is what the slice holds
    /// now: then the file is a duplicate. The same bytes under another slice's name load as that slice
    /// (a department re-sending an unchanged staffing table for a new month).
    /// </summary>
    public long? LoadedWithSameBytes(string sha256, FileKind kind, string slice) =>
        Index().TryGetValue((kind.Code(), slice), out var loaded) && loaded.Sha == sha256 ? loaded.Id : null;

    /// <summary>The batch and file name of what the slice holds now, or null.</summary>
    public (long Id, string FileName)? Loaded(FileKind kind, string slice) =>
        Index().TryGetValue((kind.Code(), slice), out var loaded) ? (loaded.Id, loaded.FileName) : null;

    /// <summary>The latest batch that loaded these bytes as this kind and slice, whether or not a later file replaced it, or null.</summary>
    public long? EverLoadedWithSameBytes(string sha256, FileKind kind, string slice) =>
        session.Scalar<long?>(SqlResources.Sql("load/ever_loaded_same_bytes"), kind.Code(), slice, sha256);

    /// <summary>Keeps the index in step once a load has committed.</summary>
    public void Remember(long batchId, string sha256, FileKind kind, string slice, string fileName) =>
        Index()[(kind.Code(), slice)] = (batchId, sha256, fileName);

    private Dictionary<(string Kind, string Slice), (long Id, string Sha, string FileName)> Index()
    {
        if (_loadedBySlice is not null)
            return _loadedBySlice;
        var loaded = session.Query(SqlResources.Sql("load/loaded_batches"),
            r => (Id: r.GetInt64(0), Sha: r.GetString(1), Kind: r.GetString(2), Slice: r.IsDBNull(3) ? "" : r.GetString(3), FileName: r.GetString(4)));
        _loadedBySlice = [];
        foreach (var b in loaded)
            _loadedBySlice[(b.Kind, b.Slice)] = (b.Id, b.Sha, b.FileName);
        return _loadedBySlice;
    }

    /// <summary>
    /// Marks the loaded batches of a kind in the slices the group (first..last) loaded as replaced,
    /// each by the next loaded batch of its slice.
    /// </summary>
    public void MarkReplaced(FileKind kind, long first, long last) =>
        session.Execute(SqlResources.Sql("load/group_replaced"), kind.Code(), first, last);
}
