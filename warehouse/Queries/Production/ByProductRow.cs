namespace CorrAnalytics.Warehouse.Queries.Production;

/// <summary>A row of production/by_product.sql: product made in the month beginning $1: quantities and values over all facilities; $2 is the language</summary>
[Query("production/by_product")]
public sealed record ByProductRow(
    string? ProductCode,
    string? Product,
    string? Unit,
    decimal? PlanQty,
    decimal? OutputQty,
    decimal? OutputValue,
    double? FulfilmentPct,
    decimal? SoldValue,
    decimal? PlanValue,
    string? Category);
