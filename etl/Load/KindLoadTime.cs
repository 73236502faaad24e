namespace CorrAnalytics.Etl.Load;

/// <summary>
/// Where a run's load time went for one kind of file: reading (the file, its hash, archive and
/// check or form parse), staging (raw rows and the staging model), rejects (recorded and counted),
/// replacing (batches, slices and facts) and committing; with the groups, files and rows it covered.
/// </summary>
public sealed class KindLoadTime(string kind)
{
    public string Kind { get; } = kind;
    public int Groups { get; internal set; }
    public int Files { get; internal set; }
    public long Rows { get; internal set; }
    public TimeSpan Read { get; internal set; }
    public TimeSpan Stage { get; internal set; }
    public TimeSpan Rejects { get; internal set; }
    public TimeSpan Replace { get; internal set; }
    public TimeSpan Commit { get; internal set; }

    public TimeSpan Total => Read + Stage + Rejects + Replace + Commit;
}
