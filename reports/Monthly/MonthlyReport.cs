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
    public required TimeZoneInfo Zone { get; init; }

    /// <summary>Each source's rows in the month, and the refused file of a source that has none.</summary>
    public IReadOnlyList<Warehouse.Queries.Monthly.SourcesRow> Sources { get; init; } = [];

    /// <summary>What stands where a source's figures would be when the month has none of its rows, or null when it has them.</summary>
    public string? MissingSource(string source) => Sources.FirstOrDefault(s => s.Source == source) is { Rows: 0 } s
        ? s.RefusedBatch is { } batch
            ? Labels.Format("note.source_refused", Labels["source." + source], batch)
            : Labels.Format("note.source_missing", Labels["source." + source])
        : null;

    /// <summary>
    /// The note under a table built on <paramref name="source"/> when facilities have not submitted it
    /// (PUBLICATION §5: "excluding АК-185/1, ГМ-165/1: staff return not submitted"); null when complete.
    /// </summary>
    public string? Excluding(string source)
    {
        var name = Labels["source." + source];
        var codes = Missing.Rows.Where(r => (string?)r[0] == name).Select(r => (string)r[1]!).ToList();
        return codes.Count == 0 ? null : Labels.Format("note.excluding", string.Join(", ", codes), name);
    }

    /// <summary>How many of the 12 months of a 12-month rate have population (fewer early in the history: the rates are then not available).</summary>
    public int RateMonths { get; init; } = 12;

    /// <summary>The note under the rates: over 12 months, or why they are "..".</summary>
    public string RatesNote => RateMonths >= 12 ? Labels["note.rates"] : Labels.Format("note.rates_unavailable", RateMonths);

    /// <summary>
    /// In a department's report, who its figures are of: the facilities it runs on the month's last day,
    /// compared like for like with the same facilities a month and a year before (docs/history.md).
    /// </summary>
    public string? MembersNote => Scope.IsDepartment ? Labels.Format("note.department_members", ReportTime.Date(Period.Last, Labels.Language.Culture)) : null;

    /// <summary>The headline figures of the previous 12 months revised since they were published, in this scope's publications (docs/history.md); null when not read.</summary>
    public ReportTable? Revisions { get; init; }

    /// <summary>The republic, or the department the report is for.</summary>
    public ReportScope Scope { get; init; } = ReportScope.Republic;

    public string Title => Scope.Title(Labels["title.monthly"]);

    public IEnumerable<ReportTable> Tables => Revisions is null
        ? [Summary, Regions, Security, Overcrowded, Incidents, Staff, Budget, Production, Missing, Rejects]
        : [Summary, Regions, Security, Overcrowded, Incidents, Staff, Budget, Production, Missing, Rejects, Revisions];

    /// <summary>The site's contact, due day, release day and suppression (Corr:Reports).</summary>
    public PublicationOptions Options { get; init; } = new();

    /// <summary>
    /// The month's figures are provisional while a source is incomplete (PUBLICATION §5): a facility has
    /// not submitted, or a source has no rows; and before the month's returns are due (Corr:Reports:SubmissionDueDay).
    /// </summary>
    public bool Provisional => Missing.Rows.Count > 0 || Sources.Any(s => s.Rows == 0) || Options.BeforeDue(Period, GeneratedAt, Zone);

    /// <summary>The symbols the report prints besides "..", for its back page.</summary>
    public string[] Symbols =>
    [
        .. Incidents.Rows.Any(r => r.Skip(1).Take(3).Any(v => v is not null && NumberFormat.ToDecimal(v) == 0)) ? [NumberFormat.Nil] : Array.Empty<string>(),
        .. Provisional ? [NumberFormat.Provisional] : Array.Empty<string>(),
        .. Incidents.Rows.Any(r => r.Contains(NumberFormat.Suppressed)) ? [NumberFormat.Suppressed] : Array.Empty<string>(),
        .. Summary.Rows.Any(r => r.Any(v => v is KindedValue { Flag: not null })) ? [NumberFormat.Revised] : Array.Empty<string>(),
    ];

    public Indicator Indicator(string key) => Indicators.Single(i => i.Key == key);
}
