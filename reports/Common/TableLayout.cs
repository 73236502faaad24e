using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Common;

/// <summary>A report table as a printed table: values formatted for the culture, text left, numbers right, totals last.</summary>
public static class TableLayout
{
    /// <param name="points">The language's unit of percentage points, for a table that holds changes of percentages.</param>
    public static Layout.Elements.Table Of(ReportTable source, System.Globalization.CultureInfo culture, string? points = null)
    {
        var table = new Layout.Elements.Table(source.Columns.Select(c => new TableColumn(c.Header, c.Relative, Align: c.Kind == ValueKind.Text ? Align.Left : Align.Right)).ToList());
        for (var r = 0; r < source.Rows.Count; r++)
        {
            if (source.IsSubtotal(r))
                table.AddSubtotal(SumCells(source, source.Rows[r], culture, points));
            else
                table.AddRow(source.Rows[r].Select((v, i) => NumberFormat.Format(v, source.Columns[i].Kind, culture, points)).ToArray());
        }
        if (source.Totals is { } totals)
            table.Totals(SumCells(source, totals, culture, points));
        return table;
    }

    /// <summary>A totals or subtotal row: a text or a figure that is not added up is blank there, not "not available".</summary>
    private static string[] SumCells(ReportTable source, object?[] values, System.Globalization.CultureInfo culture, string? points) =>
        values.Select((v, i) => v is null && source.Columns[i] is { Kind: ValueKind.Text } or { Additive: false } ? "" : NumberFormat.Format(v, source.Columns[i].Kind, culture, points)).ToArray();
}
