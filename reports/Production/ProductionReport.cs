using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Production;

/// <summary>The production output analysis of one month: figures first, then its document.</summary>
public sealed record ProductionReport(
    YearMonth Period, Labels Labels, DateTime GeneratedAt, DataVersion DataVersion, IReadOnlyList<Indicator> Indicators, ReportTable Summary,
    ReportTable Branches, ReportTable Facilities, ReportTable Top, ReportTable Bottom, ReportTable Categories, ReportTable Products, ReportTable Missing,
    IReadOnlyList<ProductionTrendPoint> Trend, IReadOnlyList<CategoryPoint> OutputByCategory)
{
    /// <summary>The zone the report prints times in (Corr:TimeZone).</summary>
    public required TimeZoneInfo Zone { get; init; }

    /// <summary>The republic, or the department the report is for.</summary>
    public ReportScope Scope { get; init; } = ReportScope.Republic;

    public string Title => Scope.Title(Labels["production.title"]);

    /// <summary>
    /// Top and bottom lists only where the scope has more than this many facilities (PUBLICATION §8): in
    /// a scope of ten, the best ten and the worst ten are the same ten facilities.
    /// </summary>
    public const int RankedAbove = 20;

    public bool Ranks => Facilities.Lines.Count > RankedAbove;

    public IEnumerable<ReportTable> Tables => Ranks
        ? [Summary, Branches, Facilities, Top, Bottom, Categories, Products, Missing]
        : [Summary, Branches, Facilities, Categories, Products, Missing];

    /// <summary>The deductions from the employed's wages, over the facilities that filed.</summary>
    public decimal Deductions => Indicators.Single(i => i.Key == "deductions").Value ?? 0;
}
