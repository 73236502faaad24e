using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Reports.Monthly;

public sealed record DataVersion(long? LastBatch, DateTime? LoadedAt, IReadOnlyList<long> BatchesUsed, long PopulationRows)
{
    /// <summary>The latest loaded batch, its load time, and the batches the month beginning <paramref name="month"/> rests on.</summary>
    public static DataVersion Read(Warehouse.Access.WarehouseSession session, DateTime month)
    {
        var result = Warehouse.Queries.ReportQueries.Run(session, "monthly/data_version", month);
        var batches = (result.Rows[0][result.Index("batches_used")] as string ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList();
        return new DataVersion(
            result.Number(0, "last_batch") is { } last ? (long)last : null,
            result.Rows[0][result.Index("loaded_at")] as DateTime?,
            batches,
            (long)(result.Number(0, "population_rows") ?? 0));
    }
}

public sealed record TrendPoint(DateOnly Month, decimal? Stock, decimal? Capacity);

public sealed record BudgetPoint(DateOnly Month, decimal Plan, decimal Paid);

public sealed record CategoryPoint(string Category, decimal Output);

/// <summary>Everything the monthly report shows, computed from the warehouse, before any layout.</summary>
public sealed record MonthlyReport(
    DateOnly Period,
    Labels Labels,
    DateTime GeneratedAt,
    DataVersion DataVersion,
    IReadOnlyList<Indicator> Indicators,
    ReportTable Summary,
    ReportTable Regions,
    ReportTable Security,
    ReportTable Overcrowded,
    ReportTable Incidents,
    ReportTable Staff,
    ReportTable Budget,
    ReportTable Production,
    ReportTable Missing,
    ReportTable Rejects,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<BudgetPoint> CumulativeBudget,
    IReadOnlyList<CategoryPoint> OutputByCategory)
{
    public IEnumerable<ReportTable> Tables => [Summary, Regions, Security, Overcrowded, Incidents, Staff, Budget, Production, Missing, Rejects];

    public Indicator Indicator(string key) => Indicators.Single(i => i.Key == key);
}

/// <summary>A report cannot be made for the period asked.</summary>
public sealed class ReportDataException(string message) : Exception(message);
