namespace CorrAnalytics.Etl.Pull;

/// <summary>
/// A source database a kind of data is pulled from (Corr:Sources:&lt;Name&gt;): the inbox kind its query
/// returns, the PostgreSQL connection string, and the query (the kind's contract columns, filtered by
/// <c>@since</c> on <see cref="WatermarkColumn"/>). Its schedule, if any, is Corr:Schedule:Pulls:&lt;Name&gt;.
/// </summary>
public sealed class SourceOptions
{
    public string Kind { get; set; } = "";

    public string ConnectionString { get; set; } = "";

    public string Query { get; set; } = "";

    public string WatermarkColumn { get; set; } = "";
}
