using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Monthly;

/// <summary>
/// The monthly report's annex of revisions: for each of the 12 months before the period, the headline
/// figures of its latest publication of the same scope that have changed since (docs/history.md).
/// </summary>
public static class RevisionsAnnex
{
    /// <remarks>Read before a department's view is entered: each month's figures are those of that month's members.</remarks>
    public static ReportTable Of(WarehouseSession session, YearMonth period, Labels labels, string scope)
    {
        var revisions = Enumerable.Range(1, 12).Select(i => period.AddMonths(-i)).Reverse()
            .SelectMany(month => Publications.Revisions.Of(session, month, labels, scope: scope));
        return KeyedTable.Of(labels["sheet.revisions"],
            [("col.month", ValueKind.Text, 1), ("col.indicator", ValueKind.Text, 3), ("col.published", ValueKind.Decimal1, 1.2), ("col.now", ValueKind.Decimal1, 1.2),
             ("col.change", ValueKind.Decimal1, 1.2), ("col.publication", ValueKind.Integer, 1), ("col.revised_by", ValueKind.Text, 2.5)], labels,
            revisions.Select(r => new object?[]
            {
                r.Period.ToString(), r.Label, KindedValue.Of(r.Published, r.Kind), KindedValue.Of(r.Current, r.Kind), r.ChangeText(labels),
                r.Publication, string.Join(", ", r.Files),
            }));
    }
}
