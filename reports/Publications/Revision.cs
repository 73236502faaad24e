using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Publications;

/// <summary>A published figure whose value has changed since: the month, the indicator, both values as printed, the publication, and the files loaded since that feed it.</summary>
public sealed record Revision(
    YearMonth Period, string Indicator, string Label, ValueKind Kind, decimal? Published, decimal? Current, long Publication, IReadOnlyList<string> Files)
{
    /// <summary>What revised the figure, in the reader's words in the annex: each kind and slice of file loaded since, and when (UTC).</summary>
    public IReadOnlyList<RevisionCause> Causes { get; init; } = [];

    public decimal? Change => Current - Published;

    public string PublishedText(Labels labels) => NumberFormat.Format(Published, Kind, labels.Language.Culture);

    public string CurrentText(Labels labels) => NumberFormat.Format(Current, Kind, labels.Language.Culture);

    /// <summary>The change in the indicator's own unit, signed: points for a percentage, the count or amount otherwise.</summary>
    public string ChangeText(Labels labels) => Change is not { } change ? NumberFormat.NotAvailable
        : Kind == ValueKind.Percent ? NumberFormat.Change(change, ValueKind.Percent, labels.Language.Culture, labels["unit.points"])
        : (change > 0 ? "+" : change < 0 ? "−" : "") + NumberFormat.Format(Math.Abs(change), Kind, labels.Language.Culture);
}

/// <summary>A kind of file for a slice (a month, a year, a facility's month, or a register), loaded again at <paramref name="LoadedAt"/> (UTC).</summary>
public sealed record RevisionCause(string Kind, string Slice, DateTime LoadedAt)
{
    /// <summary>"the population return for October 2026 (received December 2, 2026)": no file name, batch or publication id (PUBLICATION §5).</summary>
    public string InWords(Labels labels, TimeZoneInfo zone)
    {
        var culture = labels.Language.Culture;
        var received = ReportTime.Date(DateOnly.FromDateTime(ReportTime.Local(LoadedAt, zone)), culture);
        var parts = Slice.Split('@');
        var period = parts[^1] switch
        {
            var month when YearMonth.TryParse(month, out var m) => Common.MonthTitle.InCaption(m, labels.Language),
            var year when year.Length == 4 => labels.Format("revisions.year", year),
            _ => null,
        };
        var what = parts.Length == 2 ? labels.Format("revisions.kind.production", parts[0]) : labels["revisions.kind." + Kind];
        return period is null ? labels.Format("revisions.cause_register", what, received) : labels.Format("revisions.cause", what, period, received);
    }
}
