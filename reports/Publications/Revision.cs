using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Publications;

/// <summary>A published figure whose value has changed since: the month, the indicator, both values as printed, the publication, and the files loaded since that feed it.</summary>
public sealed record Revision(
    YearMonth Period, string Indicator, string Label, ValueKind Kind, decimal? Published, decimal? Current, long Publication, IReadOnlyList<string> Files)
{
    public decimal? Change => Current - Published;

    public string PublishedText(Labels labels) => NumberFormat.Format(Published, Kind, labels.Language.Culture);

    public string CurrentText(Labels labels) => NumberFormat.Format(Current, Kind, labels.Language.Culture);

    /// <summary>The change in the indicator's own unit, signed: points for a percentage, the count or amount otherwise.</summary>
    public string ChangeText(Labels labels) => Change is not { } change ? NumberFormat.NotAvailable
        : Kind == ValueKind.Percent ? NumberFormat.Change(change, ValueKind.Percent, labels.Language.Culture, labels["unit.points"])
        : (change > 0 ? "+" : change < 0 ? "−" : "") + NumberFormat.Format(Math.Abs(change), Kind, labels.Language.Culture);
}
