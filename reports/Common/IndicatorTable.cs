using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Reports.Common;

/// <summary>
/// Headline indicators as a table: the value, a month and a year earlier, and the changes, each cell
/// of the kind of its indicator (a count, money, a percentage; a change in per cent or in points).
/// </summary>
public static class IndicatorTable
{
    /// <param name="national">A department's report: a column with the republic's figure beside the department's.</param>
    /// <param name="revised">Whether an indicator's figure of the previous month (first) or of the same month a year earlier
    /// (second) has been revised since its publication: the cell carries "r".</param>
    public static ReportTable Of(IEnumerable<Indicator> indicators, Labels labels, bool national = false, Func<string, (bool Month, bool Year)>? revised = null)
    {
        List<ReportColumn> columns = [new(labels["col.indicator"], ValueKind.Text, 3), new(labels["col.value"], ValueKind.Decimal1)];
        if (national)
            columns.Add(new(labels["col.national"], ValueKind.Decimal1));
        columns.AddRange([new(labels["col.previous_month"], ValueKind.Decimal1), new(labels["col.mom"], ValueKind.Decimal1),
            new(labels["col.previous_year"], ValueKind.Decimal1), new(labels["col.yoy"], ValueKind.Decimal1)]);
        var table = new ReportTable(labels["sheet.summary"], columns);
        foreach (var i in indicators)
        {
            var row = new List<object?> { i.Label, KindedValue.Of(i.Value, i.Kind) };
            if (national)
                row.Add(KindedValue.Of(i.National, i.Kind));
            var (month, year) = revised?.Invoke(i.Key) ?? (false, false);
            row.AddRange([Flagged(KindedValue.Of(i.PreviousMonth, i.Kind), month), KindedValue.Change(i.ChangeMoM, i.Kind),
                Flagged(KindedValue.Of(i.PreviousYear, i.Kind), year), KindedValue.Change(i.ChangeYoY, i.Kind)]);
            table.Add([.. row]);
        }
        return table;
    }

    private static KindedValue? Flagged(KindedValue? value, bool revised) =>
        value is not null && revised ? value with { Flag = NumberFormat.Revised } : value;
}
