using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Etl.Archive;

/// <summary>
/// <c>corr etl rebuild --data NEW --from-archive OLD/archive</c>: a new warehouse from an archive alone.
/// Every recorded receipt of the archive's sidecars is replayed in the order it came, under the name it
/// came under, and every revert noted there is done again where it happened: files that replaced
/// others replace them again, duplicates and refused files are so again, and the figures are the
/// original's. A run never holds two files of one slice, nor a register after data it came after, so
/// each file meets the warehouse as it found it.
/// </summary>
public sealed class ArchiveRebuilder(WarehouseSession session, EtlOptions options, ProductClock clock)
{
    public sealed record Outcome(int Files, int Reverts, int Unrecorded, IReadOnlyList<FileOutcome> Loads);

    private abstract record Step(DateTime At, long Batch);

    private sealed record Replay(DateTime At, long Batch, string Blob, Receipt Receipt) : Step(At, Batch);

    /// <summary>The revert of <paramref name="Reverted"/>, placed at its own batch number.</summary>
    private sealed record Undo(DateTime At, long Batch, long Reverted) : Step(At, Batch);

    public Outcome Rebuild(string archive, IProgress<string>? progress = null)
    {
        var entries = ArchiveCatalogue.BlobsIn(archive).Select(b => (Blob: b, Entry: ArchiveEntry.Read(b))).ToList();
        var steps = new List<Step>();
        var unrecorded = 0;
        foreach (var (blob, entry) in entries)
        {
            if (entry is null)
            {
                unrecorded++;
                continue;
            }
            // A receipt without a batch came in but was never recorded: the file was loaded by a later receipt, or never.
            steps.AddRange(entry.Received.Where(r => r.Batch is not null).Select(r => (Step)new Replay(r.ReceivedAt, r.Batch!.Value, blob, r)));
            steps.AddRange(entry.Reverts.Select(r => (Step)new Undo(r.RevertedAt, r.RevertBatch, r.Batch)));
        }
        // In the original order: by batch, which the warehouse numbered as it recorded them (a revert is a batch too).
        var ordered = steps.OrderBy(s => s.Batch).ToList();
        var reverts = ordered.OfType<Undo>().Select(u => u.Reverted).ToHashSet();
        var newBatch = new Dictionary<long, long>();
        var loads = new List<FileOutcome>();
        var group = new List<Replay>();
        var done = 0;

        void Flush()
        {
            if (group.Count == 0)
                return;
            var run = ArchivedRun.Load(session, options, clock, "rebuild", group.Select(r => (r.Blob, r.Receipt.Name)), refresh: false);
            foreach (var replay in group)
                if (run.Files.FirstOrDefault(f => f.FileName == replay.Receipt.Name) is { BatchId: { } id } outcome)
                {
                    newBatch[replay.Batch] = id;
                    loads.Add(outcome);
                }
            done += group.Count;
            progress?.Report($"{done}");
            group.Clear();
        }

        foreach (var step in ordered)
        {
            if (step is Undo undo)
            {
                Flush();
                if (newBatch.TryGetValue(undo.Reverted, out var again))
                    new BatchReverter(session, clock).Revert(again);
                continue;
            }
            var replay = (Replay)step;
            if (group.Count > 0 && Breaks(group, replay))
                Flush();
            group.Add(replay);

        }
        Flush();
        new Warehouse.Models.ModelRunner(session).Run();
        return new Outcome(ordered.OfType<Replay>().Count(), reverts.Count, unrecorded, loads);
    }

    /// <summary>Whether <paramref name="next"/> must wait for a run of its own: its name or slice is in the run already, or it is a register that came after data.</summary>
    private static bool Breaks(List<Replay> group, Replay next) =>
        group.Any(g => string.Equals(g.Receipt.Name, next.Receipt.Name, StringComparison.OrdinalIgnoreCase) || (g.Receipt.Kind == next.Receipt.Kind && g.Receipt.Slice == next.Receipt.Slice))
        || (IsRegister(next.Receipt.Kind) && group.Any(g => !IsRegister(g.Receipt.Kind)));

    private static bool IsRegister(string kind) => kind == FileKind.Facilities.Code() || kind == FileKind.Products.Code();
}
