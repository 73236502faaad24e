
namespace CorrAnalytics.Warehouse.Schema;

public sealed record SeedTable(string File, string Table, bool KeepExisting = false);
