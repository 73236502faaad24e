namespace CorrAnalytics.Warehouse.Queries.Production;

/// <summary>A row of production/by_branch.sql: branch of РГП «Еңбек»: output, sales and labour of its facilities in the month beginning $1</summary>
[Query("production/by_branch")]
public sealed record ByBranchRow(
    string? Branch,
    long? Facilities,
    decimal? PlanValue,
    decimal? OutputValue,
    double? FulfilmentPct,
    decimal? SoldValue,
    double? InternalSharePct,
    long? Employed,
    double? EmploymentPct,
    long? AbleBodied,
    decimal? InternalValue);
