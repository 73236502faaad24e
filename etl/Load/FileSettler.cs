using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Etl.Inbox;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// Where a file goes once its fate is known: a loaded file leaves the inbox; a refused, failed or
/// unmatched one is recorded as a batch and copied to quarantine with its reason; a duplicate is recorded.
/// </summary>
internal sealed class FileSettler(FileStore store, BatchLog batches, RegisterCache registers, EtlOptions options, ProductClock clock)
{
    /// <summary>After the commit: the batch index, the quarantine copy of a refused file, the inbox.</summary>
    public FileOutcome Committed(LoadedFile loaded)
    {
        var (ready, batchId, counts, refused, note) = loaded;
        var file = ready.File;
        Settle(ready, batchId);
        if (!refused)
            batches.Remember(batchId, ready.Sha, file.Kind, file.Slice, file.Name);
        registers.Loaded(file.Kind);
        if (!refused)
        {
            File.Delete(file.Path);
            return Outcome(ready, FileStatus.Loaded, batchId, counts, note);
        }
        var reason = counts.ThresholdMessage(options.RejectThreshold);
        store.Quarantine(ready.Bytes, ready.Sha, new QuarantineEntry(file.Name, file.Kind.Code(), file.Slice, batchId), reason + $" (see corr etl rejects --batch {batchId})");
        File.Delete(file.Path);
        return Outcome(ready, FileStatus.Quarantined, batchId, counts.Refused, reason);
    }

    public FileOutcome Duplicate(ReadyFile ready, long earlier, string? since = null)
    {
        var id = Record(ready, "duplicate", $"the same bytes were loaded as batch {earlier}{since}");
        File.Delete(ready.File.Path);
        return Outcome(ready, FileStatus.Duplicate, id, null, $"same bytes as batch {earlier}{since}: nothing to do");
    }

    public FileOutcome Quarantined(ReadyFile ready, string reason)
    {
        var id = Record(ready, "quarantined", reason);
        store.Quarantine(ready.Bytes, ready.Sha, new QuarantineEntry(ready.File.Name, ready.File.Kind.Code(), ready.File.Slice, id), reason);
        File.Delete(ready.File.Path);
        return Outcome(ready, FileStatus.Quarantined, id, null, reason);
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
        var archived = store.Archive(bytes, sha, name, "unknown", null);
        var id = batches.NextId();
        var at = clock.UtcDateTime;
        batches.Write(id, new BatchFile(name, sha, "unknown", null, archived, at), "quarantined", 0, 0, 0, reason);
        FileStore.Settled(archived, name, "unknown", null, at, id);
        store.Quarantine(bytes, sha, new QuarantineEntry(name, null, null, id), reason);
        File.Delete(path);
        return new FileOutcome(name, "unknown", null, FileStatus.Quarantined, id, 0, 0, 0, reason);
    }

    /// <summary>
    /// An entry refused without being opened (not a regular file, over the size cap, or gone):
    /// recorded with no content hash and moved, as it is, into quarantine with its reason.
    /// </summary>
    public FileOutcome Unopened(string path, string kind, string reason, FileStatus status = FileStatus.Quarantined)
    {
        var name = Path.GetFileName(path);
        var id = batches.NextId();
        batches.Write(id, new BatchFile(name, NoContent, kind, null, null, clock.UtcDateTime),
            status == FileStatus.Failed ? "failed" : "quarantined", 0, 0, 0, reason);
        store.QuarantineUnopened(path, new QuarantineEntry(name, kind, null, id), reason);
        return new FileOutcome(name, kind, null, status, id, 0, 0, 0, reason);
    }

    /// <summary>The hash recorded for an entry whose content was never read.</summary>
    public const string NoContent = "-";

    private long Record(ReadyFile ready, string status, string? error)
    {
        var id = batches.NextId();
        batches.Write(id, ready.Batch, status, 0, 0, 0, error);
        Settle(ready, id);
        return id;
    }

    /// <summary>The archive's sidecar learns the batch the file became (after the batch is recorded: a sidecar never names a batch that was not written).</summary>
    private static void Settle(ReadyFile ready, long batchId) =>
        FileStore.Settled(ready.Archived, ready.File.Name, ready.File.Kind.Code(), ready.File.Slice, ready.Started, batchId);

    private static FileOutcome Outcome(ReadyFile ready, FileStatus status, long batchId, LoadCounts? counts, string? message) =>
        new(ready.File.Name, ready.File.Kind.Code(), ready.File.Slice, status, batchId, counts?.Read ?? 0, counts?.Loaded ?? 0, counts?.Rejected ?? 0, message);
}
