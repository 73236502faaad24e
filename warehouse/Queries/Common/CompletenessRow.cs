namespace CorrAnalytics.Warehouse.Queries.Common;

/// <summary>A row of common/completeness.sql: facility × source it has not submitted for the month beginning $1 (facilities open at the month end)</summary>
[Query("common/completeness")]
public sealed record CompletenessRow(
    string? Source,
    string? FacilityCode);
