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

    /// <summary>The site's contact, due day and release day (Corr:Reports).</summary>
    public PublicationOptions Options { get; init; } = new();

    /// <summary>Provisional while a facility's П-1 form is missing, and before the month's returns are due (PUBLICATION §5).</summary>
    public bool Provisional => Missing.Rows.Count > 0 || Options.BeforeDue(Period, GeneratedAt, Zone);

    /// <summary>The symbols the report prints besides "..", for its back page.</summary>
    public string[] Symbols => Provisional ? [NumberFormat.Provisional] : [];

    /// <summary>The deductions from the employed's wages, over the facilities that filed.</summary>
    public decimal Deductions => Indicators.Single(i => i.Key == "deductions").Value ?? 0;
}
