using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse;

public sealed record InitResult(
    IReadOnlyList<AppliedMigration> Applied,
    int SchemaVersion,
    IReadOnlyDictionary<string, long> SeedCounts,
    int CalendarDays,
    int Models);
