namespace CorrAnalytics.Warehouse.Queries.Monthly;

/// <summary>A row of monthly/by_region.sql: region: stock, capacity, density, pre-trial share and rate per 100,000 at the end of the month beginning $1, with the parts the national total is computed from (pre-trial, population); $2 is the language</summary>
[Query("monthly/by_region")]
public sealed record ByRegionRow(
    string? Region,
    long? Facilities,
    long? Stock,
    long? Capacity,
    double? DensityPct,
    double? PretrialPct,
    double? RatePer100k,
    long? Pretrial,
    long? Population);
