using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Monthly;

/// <summary>Everything the monthly report shows, computed from the warehouse, before any layout.</summary>
public sealed record MonthlyReport(
    YearMonth Period,
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
    /// <summary>The zone the report prints times in (Corr:TimeZone).</summary>
    public TimeZoneInfo Zone { get; init; } = ProductTimeZone.Default;

    /// <summary>How many months of population the 12-month rates are over (fewer early in the history).</summary>
    public int RateMonths { get; init; } = 12;

    /// <summary>The note under the rates: over 12 months, or saying over how many.</summary>
    public string RatesNote => RateMonths >= 12 ? Labels["note.rates"] : Labels.Format("note.rates_partial", RateMonths);

    public IEnumerable<ReportTable> Tables => [Summary, Regions, Security, Overcrowded, Incidents, Staff, Budget, Production, Missing, Rejects];

    public Indicator Indicator(string key) => Indicators.Single(i => i.Key == key);
}
