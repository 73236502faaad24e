namespace CorrAnalytics.Warehouse.Export;

/// <summary>
/// A table the Parquet export writes: a fact, hive-partitioned by the year and month of its date
/// column (period_year=2024/period_month=2: named so that no table's own year or month column clashes), or a
/// dimension written whole. <see cref="Folder"/> is where it goes under the export folder.
/// </summary>
public sealed record ExportedTable(string Source, string? DateColumn)
{
    public static readonly IReadOnlyList<ExportedTable> Core =
    [
        new("core.fact_population_daily", "date"),
        new("core.fact_movement", "date"),
        new("core.fact_incident", "date"),
        new("core.fact_staffing", "month"),
        new("core.fact_budget_plan", "month"),
        new("core.fact_payment", "date"),
        new("core.fact_production", "month"),
        new("core.fact_labour", "month"),
        new("core.dim_facility", null),
        new("core.dim_product", null),
        new("core.dim_region", null),
        new("core.region_population", null),
        new("core.dim_department", null),
        new("core.dim_facility_type", null),
        new("core.dim_security_level", null),
        new("core.dim_movement", null),
        new("core.dim_incident_type", null),
        new("core.dim_staff_category", null),
        new("core.dim_budget_specific_group", null),
        new("core.dim_budget_specific", null),
        new("core.dim_funding_source", null),
        new("core.dim_product_category", null),
        new("core.dim_unit", null),
        new("core.dim_date", null),
    ];

    /// <summary>The history tables (the rows re-submissions and reverts superseded) of the facts and registers that keep one.</summary>
    public static IReadOnlyList<ExportedTable> History =>
        Core.Where(t => CorrAnalytics.Warehouse.History.HistoryTables.Kept.Contains(t.Source)).Select(t => new ExportedTable(CorrAnalytics.Warehouse.History.HistoryTables.Of(t.Source), t.DateColumn)).ToList();

    public bool Partitioned => DateColumn is not null;

    /// <summary>fact_population_daily, or history/fact_population_daily.</summary>
    public string Folder => Source.StartsWith("history.", StringComparison.Ordinal) ? "history/" + Source["history.".Length..] : Source["core.".Length..];
}
