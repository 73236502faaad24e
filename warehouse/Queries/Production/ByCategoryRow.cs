namespace CorrAnalytics.Warehouse.Queries.Production;

/// <summary>A row of production/by_category.sql: product category: plan, output, sales and internal sales (value and share) in the month beginning $1; $2 is the language</summary>
[Query("production/by_category")]
public sealed record ByCategoryRow(
    string? Category,
    decimal? PlanValue,
    decimal? OutputValue,
    double? FulfilmentPct,
    decimal? SoldValue,
    double? InternalSharePct,
    decimal? InternalValue);
