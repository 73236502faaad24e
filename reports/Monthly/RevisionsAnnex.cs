using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Monthly;

/// <summary>
/// The monthly report's annex of revisions: for each of the 12 months before the period, the headline
/// figures of its latest publication of the same scope that have changed since (docs/history.md), with
/// the cause in words. The sheet also keeps the publication and the files; the PDF prints <see cref="InWords"/>.
/// </summary>
public static class RevisionsAnnex
{
    /// <remarks>Read before a department's view is entered: each month's figures are those of that month's members.</remarks>
    /// <param name="zone">The zone the dates of the causes are said in (Corr:TimeZone).</param>
    public static ReportTable Of(WarehouseSession session, YearMonth period, Labels labels, string scope, TimeZoneInfo zone) =>
        Table(Read(session, period, labels, scope), labels, zone);

    /// <summary>The revised figures of the 12 months before <paramref name="period"/>, oldest month first.</summary>
    /// <remarks>Read before a department's view is entered: each month's figures are those of that month's members.</remarks>
    public static IReadOnlyList<Publications.Revision> Read(WarehouseSession session, YearMonth period, Labels labels, string scope) =>
        Enumerable.Range(1, 12).Select(i => period.AddMonths(-i)).Reverse()
            .SelectMany(month => Publications.Revisions.Of(session, month, labels, scope: scope)).ToList();

    /// <summary>The annex as the workbook keeps it: month, indicator, published, now, change, cause, publication, files.</summary>
    public static ReportTable Table(IReadOnlyList<Publications.Revision> revisions, Labels labels, TimeZoneInfo zone) =>
        KeyedTable.Of(labels["sheet.revisions"],
            [("col.month", ValueKind.Text, 1), ("col.indicator", ValueKind.Text, 3), ("col.published", ValueKind.Decimal1, 1.2), ("col.now", ValueKind.Decimal1, 1.2),
             ("col.change", ValueKind.Decimal1, 1.2), ("col.cause", ValueKind.Text, 3.5), ("col.publication", ValueKind.Integer, 1), ("col.revised_by", ValueKind.Text, 2.5)], labels,
            revisions.Select(r => new object?[]
            {
                MonthTitle.Of(r.Period, labels.Language), r.Label, KindedValue.Of(r.Published, r.Kind), KindedValue.Of(r.Current, r.Kind), r.ChangeText(labels),
                string.Join("; ", r.Causes.Select(c => c.InWords(labels, zone))), r.Publication, string.Join(", ", r.Files),
            }));

    /// <summary>The columns a reader of the PDF gets: month, indicator, published, now, change, cause (no ids or file names).</summary>
    public static ReportTable InWords(ReportTable annex) => annex.Select(0, 1, 2, 3, 4, 5);
}
