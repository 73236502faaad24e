using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Reports.Common;

/// <summary>
/// Headline indicators as a table: the value, a month and a year earlier, and the changes, each cell
/// of the kind of its indicator (a count, money, a percentage; a change in per cent or in points).
/// </summary>
public static class IndicatorTable
{
    public static ReportTable Of(IEnumerable<Indicator> indicators, Labels labels)
    {
        var table = new ReportTable(labels["sheet.summary"], [
            new(labels["col.indicator"], ValueKind.Text, 3), new(labels["col.value"], ValueKind.Decimal1), new(labels["col.previous_month"], ValueKind.Decimal1),
            new(labels["col.mom"], ValueKind.Decimal1), new(labels["col.previous_year"], ValueKind.Decimal1), new(labels["col.yoy"], ValueKind.Decimal1)]);
        foreach (var i in indicators)
            table.Add(i.Label, KindedValue.Of(i.Value, i.Kind), KindedValue.Of(i.PreviousMonth, i.Kind), KindedValue.Change(i.ChangeMoM, i.Kind),
                KindedValue.Of(i.PreviousYear, i.Kind), KindedValue.Change(i.ChangeYoY, i.Kind));
        return table;
    }
}
