using CorrAnalytics.Etl.Inbox;
namespace CorrAnalytics.Etl.Load;

public sealed record EtlOptions(string DataDir)
{
    /// <summary>The inbox to read; by default &lt;data&gt;/inbox.</summary>
    public string? Inbox { get; init; }

    /// <summary>A file with a larger share of rejected rows is refused whole (DESIGN §3; default 5 %).</summary>
    public double RejectThreshold { get; init; } = 0.05;

    /// <summary>How long a file's size and time must stay unchanged, on the product clock, before it is read (Corr:Inbox:SettleSeconds).</summary>
    public TimeSpan SettleTime { get; init; } = DefaultSettleTime;

    public static readonly TimeSpan DefaultSettleTime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Wait within the run for files not yet unchanged for <see cref="SettleTime"/> (a person's
    /// <c>corr etl run</c>), instead of leaving them for the next run (the scheduler's ingest).
    /// </summary>
    public bool WaitToSettle { get; init; }

    /// <summary>Refresh the marts and run the checks after a run that loaded something. The scheduler
    /// turns this off: there the refresh is its own job, chained after the ingest.</summary>
    public bool RefreshAfterLoad { get; init; } = true;

    /// <summary>One size cap in MB for every kind (Corr:MaxFileMegabytes); null: each kind's default.</summary>
    public double? MaxFileMegabytes { get; init; }

    /// <summary>How much memory DuckDB may use while loading (Corr:LoadMemoryMegabytes); beyond it, it uses temporary files.</summary>
    public int MemoryLimitMegabytes { get; init; } = 512;

    /// <summary>The largest file of a kind that is read.</summary>
    public long MaxFileBytes(FileKind kind) =>
        MaxFileMegabytes is { } megabytes ? (long)(megabytes * 1048576) : FileSizeLimits.DefaultBytes(kind);

    public string InboxDir => Inbox ?? Path.Combine(DataDir, "inbox");
}
