namespace CorrAnalytics.Warehouse.Queries.Production;

/// <summary>A row of production/by_facility.sql: facility that filed a П-1 form for the month beginning $1: output, sales and labour; $2 is the language</summary>
[Query("production/by_facility")]
public sealed record ByFacilityRow(
    string? FacilityCode,
    string? Facility,
    string? Branch,
    decimal? PlanValue,
    decimal? OutputValue,
    double? FulfilmentPct,
    decimal? SoldValue,
    double? InternalSharePct,
    long? AbleBodied,
    long? Employed,
    double? EmploymentPct,
    double? AverageWage,
    decimal? Deductions,
    decimal? InternalValue,
    decimal? WageFund);
