namespace CorrAnalytics.Warehouse.Queries.Monthly;

/// <summary>A row of monthly/overcrowded.sql: facility held above its capacity at the end of the month beginning $1; $2 is the language</summary>
[Query("monthly/overcrowded")]
public sealed record OvercrowdedRow(
    string? FacilityCode,
    string? Facility,
    string? Region,
    long? Capacity,
    long? Stock,
    double? DensityPct);
