namespace CorrAnalytics.Warehouse.Access;

/// <summary>A command that reads the warehouse found none at the path.</summary>
public sealed class WarehouseMissingException(string databasePath)
    : Exception($"No warehouse at {databasePath}. Run 'corr init' first.");
