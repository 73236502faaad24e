namespace CorrAnalytics.Warehouse.Access;

/// <summary>Where the warehouse lives and how long a second writer waits for the first.</summary>
public sealed record WarehouseOptions(string DataDir)
{
    public const string DatabaseFileName = "warehouse.duckdb";

    public TimeSpan WriterWait { get; init; } = TimeSpan.Zero;

    public string DatabasePath => Path.Combine(DataDir, DatabaseFileName);
}
