using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Checks;

namespace CorrAnalytics.Etl.Load;

/// <summary>What a run did: each file's outcome, the checks run after it, and the files not yet finished (still being written, or not settled).</summary>
public sealed record EtlRunResult(IReadOnlyList<FileOutcome> Files, IReadOnlyList<CheckResult> Checks, IReadOnlyList<WaitingFile> NotReady)
{
    /// <summary>Where the load time went, per kind of file.</summary>
    public IReadOnlyList<KindLoadTime> Times { get; init; } = [];

    /// <summary>The run was asked to stop before every file was read: the files not in <see cref="Files"/> are still in the inbox.</summary>
    public bool Stopped { get; init; }

    public int Loaded => Count(FileStatus.Loaded);

    public int Count(FileStatus status) => Files.Count(f => f.Status == status);

    /// <summary>"3 loaded, 0 duplicate, 1 quarantined, 0 failed": what became of the files, for a console or a run log.</summary>
    public string StatusCounts =>
        $"{Count(FileStatus.Loaded)} loaded, {Count(FileStatus.Duplicate)} duplicate, {Count(FileStatus.Quarantined)} quarantined, {Count(FileStatus.Failed)} failed";
}
