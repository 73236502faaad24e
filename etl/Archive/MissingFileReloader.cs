using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Etl.Archive;

/// <summary>
/// <c>corr etl reload-missing</c>: loads again, from the archive, the files the warehouse no longer
/// holds (<see cref="ArchiveCatalogue.Unreferenced"/>), under the names they came in, in the order they
/// were received: a later version of a slice replaces an earlier one as it did the first time, one
/// file of a name per run (<see cref="ArchivedRun"/>).
/// </summary>
public sealed class MissingFileReloader(WarehouseSession session, EtlOptions options, ProductClock clock)
{
    public sealed record Outcome(int Reloaded, int Unnamed, IReadOnlyList<EtlRunResult> Runs);

    public Outcome Reload(IProgress<string>? progress = null)
    {
        var missing = new ArchiveCatalogue(options.DataDir).Unreferenced(session);
        var named = missing.Where(m => m.Entry is { Received.Count: > 0 }).ToList();
        var runs = new List<EtlRunResult>();
        foreach (var group in Groups(named.Select(m => (m.Blob, Name: m.Entry!.Received[0].Name)).ToList()))
        {
            foreach (var (_, name) in group)
                progress?.Report(name);
            runs.Add(ArchivedRun.Load(session, options, clock, "reload", group, refresh: true));
        }
        return new Outcome(named.Count, missing.Count - named.Count, runs);
    }

    /// <summary>The files in runs of distinct names, in their order: a name seen again starts the next run.</summary>
    private static List<List<(string Blob, string Name)>> Groups(List<(string Blob, string Name)> files)
    {
        var groups = new List<List<(string Blob, string Name)>>();
        foreach (var file in files)
        {
            if (groups.Count == 0 || groups[^1].Any(f => string.Equals(f.Name, file.Name, StringComparison.OrdinalIgnoreCase)))
                groups.Add([]);
            groups[^1].Add(file);
        }
        return groups;
    }
}
