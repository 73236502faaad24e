using CorrAnalytics.Etl.Inbox;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// Where a file goes once its fate is known: a loaded file leaves the inbox; a refused, failed or
/// unmatched one is recorded as a batch and copied to quarantine with its reason; a duplicate is recorded.
/// </summary>
internal sealed class FileSettler(FileStore store, BatchLog batches, RegisterCache registers, EtlOptions options, TimeProvider clock)
{
    /// <summary>After the commit: the batch index, the quarantine copy of a refused file, the inbox.</summary>
    public FileOutcome Committed(LoadedFile loaded)
    {
        var (ready, batchId, counts, refused) = loaded;
        var file = ready.File;
        if (!refused)
            batches.Remember(batchId, ready.Sha, file.Kind, file.Slice);
        registers.Loaded(file.Kind);
        if (!refused)
        {
            File.Delete(file.Path);
            return Outcome(ready, FileStatus.Loaded, batchId, counts, null);
        }
        var reason = counts.ThresholdMessage(options.RejectThreshold);
        store.Quarantine(ready.Bytes, ready.Sha, file.Name, reason + $" (batch {batchId}; see corr etl rejects --batch {batchId})");
        File.Delete(file.Path);
        return Outcome(ready, FileStatus.Quarantined, batchId, counts with { Loaded = 0 }, reason);
    }

    public FileOutcome Duplicate(ReadyFile ready, long earlier)
    {
        var id = Record(ready, "duplicate", $"the same bytes were loaded as batch {earlier}");
        File.Delete(ready.File.Path);
        return Outcome(ready, FileStatus.Duplicate, id, null, $"same bytes as batch {earlier}: nothing to do");
    }

    public FileOutcome Quarantined(ReadyFile ready, string reason)
    {
        var id = Record(ready, "quarantined", reason);
        store.Quarantine(ready.Bytes, ready.Sha, ready.File.Name, reason);
        File.Delete(ready.File.Path);
        return Outcome(ready, FileStatus.Quarantined, id, null, reason);
    }

    public FileOutcome Failed(ReadyFile ready, Exception e)
    {
        var message = $"{e.GetType().Name}: {e.Message}";
        var id = Record(ready, "failed", message);
        store.Quarantine(ready.Bytes, ready.Sha, ready.File.Name, "the load failed: " + message);
        File.Delete(ready.File.Path);
        return Outcome(ready, FileStatus.Failed, id, null, message);
    }

    /// <summary>A file whose name matches no pattern: archived, recorded, and quarantined with the reason.</summary>
    public FileOutcome Unmatched(string path, string reason)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileOutcome(name, "unknown", null, FileStatus.Failed, null, 0, 0, 0, $"cannot read the file: {e.Message}");
        }
        var sha = FileStore.Sha256(bytes);
        var archived = store.Archive(bytes, sha, name);
        var id = batches.NextId();
        batches.Write(id, new BatchFile(name, sha, "unknown", null, archived, clock.GetUtcNow().UtcDateTime), "quarantined", 0, 0, 0, reason);
        store.Quarantine(bytes, sha, name, reason);
        File.Delete(path);
        return new FileOutcome(name, "unknown", null, FileStatus.Quarantined, id, 0, 0, 0, reason);
    }

    private long Record(ReadyFile ready, string status, string? error)
    {
        var id = batches.NextId();
        batches.Write(id, ready.Batch, status, 0, 0, 0, error);
        return id;
    }

    private static FileOutcome Outcome(ReadyFile ready, FileStatus status, long batchId, LoadCounts? counts, string? message) =>
        new(ready.File.Name, ready.File.Kind.Code(), ready.File.Slice, status, batchId, counts?.Read ?? 0, counts?.Loaded ?? 0, counts?.Rejected ?? 0, message);
}
