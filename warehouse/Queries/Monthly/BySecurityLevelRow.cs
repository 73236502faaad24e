namespace CorrAnalytics.Warehouse.Queries.Monthly;

/// <summary>A row of monthly/by_security_level.sql: security level: facilities, stock, capacity and density at the end of the month beginning $1; $2 is the language</summary>
[Query("monthly/by_security_level")]
public sealed record BySecurityLevelRow(
    string? SecurityLevel,
    long? Facilities,
    long? Stock,
    long? Capacity,
    double? DensityPct);
