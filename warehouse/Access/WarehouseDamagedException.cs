namespace CorrAnalytics.Warehouse.Access;

/// <summary>The warehouse file is there but DuckDB cannot open it (damaged on disk, cut short, not a warehouse): the way back is a restore.</summary>
public sealed class WarehouseDamagedException(string databasePath, string reason, Exception inner)
    : Exception($"The warehouse {databasePath} cannot be opened ({reason.Split('\n')[0].Trim()}). " +
        "Restore it from a backup (corr restore BACKUP --data DIR; README, \"A way back\"); the archive keeps every file received.", inner)
{
    public string DatabasePath { get; } = databasePath;
}
