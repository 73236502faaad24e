using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Reports.Common;

/// <summary>
/// A report table whose columns are named by label keys, so its totals row can name the parts a
/// share is recomputed from (<see cref="TotalRatio"/>).
/// </summary>
public static class KeyedTable
{
    public static List<ReportColumn> Columns(Labels labels, IEnumerable<(string Label, ValueKind Kind, double Relative)> columns) =>
        columns.Select(c => new ReportColumn(labels[c.Label], c.Kind, c.Relative, c.Label)).ToList();

    /// <summary>The table, with a totals row when <paramref name="totals"/> names the shares to recompute.</summary>
    public static ReportTable Of(string sheet, (string Label, ValueKind Kind, double Relative)[] columns, Labels labels,
        IEnumerable<object?[]> rows, params TotalRatio[]? totals) =>
        Of(sheet, Columns(labels, columns), labels, rows, null, totals);

    /// <summary>
    /// The table, with a totals row when <paramref name="totals"/> is given: counts and money summed,
    /// shares recomputed from summed parts, those the table does not show given in <paramref name="parts"/>.
    /// </summary>
    public static ReportTable Of(string sheet, IReadOnlyList<ReportColumn> columns, Labels labels, IEnumerable<object?[]> rows,
        IReadOnlyDictionary<string, decimal?>? parts, params TotalRatio[]? totals)
    {
        var table = new ReportTable(sheet, columns).AddRows(rows);
        return totals is { Length: > 0 } ? table.WithTotals(table.TotalsRow(labels["col.total"], totals, parts)) : table;
    }

    /// <summary>
    /// The table grouped by <paramref name="group"/> (rows already in the group's order), each group led
    /// by its subtotal row labelled in <paramref name="labelColumn"/>, and the totals row over every line.
    /// <paramref name="parts"/> sums, over a group or over all, the parts of shares the table does not show.
    /// </summary>
    public static ReportTable Grouped<T>(string sheet, IReadOnlyList<ReportColumn> columns, Labels labels, IReadOnlyList<T> rows, Func<T, string> group,
        Func<string, string> label, int labelColumn, Func<T, object?[]> values, Func<IReadOnlyList<T>, IReadOnlyDictionary<string, decimal?>> parts, params TotalRatio[] totals)
    {
        var table = new ReportTable(sheet, columns);
        foreach (var members in Runs.Of(rows, group))
            table.AddGroup(label(group(members[0])), labelColumn, members.Select(values).ToList(), totals, parts(members));
        return table.WithTotals(table.TotalsRow(labels["col.total"], totals, parts(rows)));
    }
}
