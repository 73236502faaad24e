
namespace CorrAnalytics.Warehouse.Schema;

public sealed record AppliedMigration(int Version, string Name);
