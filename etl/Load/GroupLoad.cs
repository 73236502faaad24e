using CorrAnalytics.Warehouse.Time;
using System.Diagnostics;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// Loads a group of ready files of one kind inside the caller's transaction, set-based: the
/// batches' rows, the raw rows of every file (one read_csv, or every form's cells in one
/// appender), one staging run, rejects and counts per batch, then the group's slices replaced at
/// once. A file over the reject threshold loads nothing but its batch and rejects. Each slice is
/// at most once in a group (the runner sees to it), so the group loads as its files would one
/// after another.
/// </summary>
internal sealed class GroupLoad(WarehouseSession session, BatchLog batches, EtlOptions options, ProductClock clock)
{
    /// <summary>
    /// The group's files as loaded or refused; null when a file of a group of several is over the
    /// threshold: its refusal can change what a later file may load (a key it would have claimed),
    /// so the caller rolls the group back and loads its files one by one.
    /// </summary>
    public IReadOnlyList<LoadedFile>? Load(IReadOnlyList<ReadyFile> group, KindLoadTime time)
    {
        var kind = group[0].File.Kind;
        var stopwatch = Stopwatch.StartNew();
        TimeSpan Lap()
        {
            var elapsed = stopwatch.Elapsed;
            stopwatch.Restart();
            return elapsed;
        }

        var ids = batches.NextIds(group.Count);
        var members = group.Select((ready, i) => new GroupMember(ready, ids[i])).ToList();
        batches.Start(members);
        var csv = kind == FileKind.Production ? null : new CsvLoader(session, clock);
        var forms = kind == FileKind.Production ? new ProductionLoader(session, clock) : null;
        csv?.Stage(kind, members);
        time.Stage += Lap();
        var counts = csv?.Rejects(members) ?? forms!.Stage(members);
        time.Rejects += Lap();

        var refused = members.Where(m => counts[m.BatchId].OverThreshold(options.RejectThreshold)).ToList();
        if (refused.Count > 0 && members.Count > 1)
            return null;
        if (refused.Count == 1)
        {
            // Refused whole (its counts as etl.batches records them); etl.rejects names the rows that broke a rule.
            var c = counts[refused[0].BatchId];
            batches.Finish([(refused[0].BatchId, "quarantined", c.Refused, c.ThresholdMessage(options.RejectThreshold))]);
            time.Replace += Lap();
            return [new LoadedFile(refused[0].Ready, refused[0].BatchId, c, Refused: true)];
        }
        batches.Finish(members.Select(m => (m.BatchId, "loaded", counts[m.BatchId], (string?)null)));
        var setAside = csv?.Apply(kind, members) ?? 0;
        forms?.Apply(members);
        batches.MarkReplaced(kind, members[0].BatchId, members[^1].BatchId);
        time.Replace += Lap();
        var note = setAside > 0
            ? $"set aside {setAside.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} row(s) of earlier files whose facility it closes (or opens later) by their dates: corr etl rejects --all, rule FACILITY_NOT_OPEN"
            : null;
        return members.Select(m => new LoadedFile(m.Ready, m.BatchId, counts[m.BatchId], Refused: false, note)).ToList();
    }
}
