namespace CorrAnalytics.Etl.Pull;

/// <summary>
/// A source database a kind of data is pulled from (Corr:Sources:&lt;Name&gt;): the inbox kind its query
/// returns, the PostgreSQL connection string, the query (the kind's contract columns, filtered by
/// <c>@since</c> on <see cref="WatermarkColumn"/>) and, for the scheduler, a cron of its own.
/// </summary>
public sealed class SourceOptions
{
    public string Kind { get; set; } = "";

    public string ConnectionString { get; set; } = "";

    public string Query { get; set; } = "";

    public string WatermarkColumn { get; set; } = "";

    /// <summary>Quartz cron (seconds first) for the scheduled pull job; none: pulled only by <c>corr etl pull</c>.</summary>
    public string? Cron { get; set; }
}
