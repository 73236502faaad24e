namespace CorrAnalytics.Warehouse.Access;

/// <summary>The warehouse file is there but DuckDB cannot open it (damaged on disk, cut short, not a warehouse): the way back is a restore, or a rebuild from the archive.</summary>
public sealed class WarehouseDamagedException(string databasePath, string reason, Exception inner)
    : Exception($"The warehouse {databasePath} cannot be opened ({reason.Split('\n')[0].Trim()}). " +
        "Restore it from a backup (corr restore BACKUP --data DIR, then corr etl reload-missing), or rebuild it from the archive, which keeps every file received " +
        "(corr etl rebuild --data NEW --from-archive DIR/archive); README, \"A way back\".", inner)
{
    public string DatabasePath { get; } = databasePath;
}
