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

    /// <summary>"read 0.18 s, stage 1.23 s, rejects 0.01 s, replace 0.30 s, commit 0.24 s".</summary>
    public string Split => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"read {Read.TotalSeconds:0.00} s, stage {Stage.TotalSeconds:0.00} s, rejects {Rejects.TotalSeconds:0.00} s, replace {Replace.TotalSeconds:0.00} s, commit {Commit.TotalSeconds:0.00} s");

    /// <summary>"population: 93 files in 1 group, 219,796 rows in 1.95 s (read …, commit …)".</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Kind}: {Files:N0} files in {Groups:N0} group(s), {Rows:N0} rows in {Total.TotalSeconds:0.00} s ({Split})");
}
