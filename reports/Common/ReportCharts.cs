using System.Globalization;
using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Warehouse.Calendar;

namespace CorrAnalytics.Reports.Common;

/// <summary>Charts more than one report draws, and the plot and month labels every chart shares.</summary>
public static class ReportCharts
{
    internal static ScottPlot.Plot NewPlot(string title, CultureInfo culture)
    {
        var plot = new ScottPlot.Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(title, size: 13);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", culture) };
        return plot;
    }

    internal static string MonthLabel(DateOnly month, string language) =>
        (language switch { "kk" => MonthNames.Kazakh, "ru" => MonthNames.Russian, _ => MonthNames.English })[month.Month - 1][..3] + $" {month:yy}";

    /// <summary>Lines over months, the months labelled every other one.</summary>
    public static Chart Lines(string title, Translations.Labels l, IReadOnlyList<DateOnly> months, params (string Label, double[] Values)[] series)
    {
        var plot = NewPlot(title, l.Language.Culture);
        if (series.All(s => s.Values.All(v => Math.Abs(v) < 1000)))
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N1", l.Language.Culture) };
        var x = Enumerable.Range(0, months.Count).Select(i => (double)i).ToArray();
        foreach (var (label, values) in series)
        {
            var line = plot.Add.Scatter(x, values);
            line.LegendText = label;
            line.LineWidth = 2;
        }
        plot.Axes.Bottom.SetTicks(x.Where((_, i) => i % 2 == 0).ToArray(), months.Where((_, i) => i % 2 == 0).Select(m => MonthLabel(m, l.Language.Code)).ToArray());
        plot.ShowLegend(ScottPlot.Alignment.LowerLeft);
        return new Chart(plot, height: 190);
    }

    public static Chart OutputByCategory(IReadOnlyList<CategoryPoint> categories, Translations.Labels l)
    {
        var plot = NewPlot(l["chart.production"], l.Language.Culture);
        var values = categories.Select(c => (double)c.Output / 1e6).ToArray();
        plot.Add.Bars(values);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, values.Length).Select(i => (double)i).ToArray(),
            categories.Select(c => c.Category.Replace(' ', '\n')).ToArray());
        plot.Axes.Margins(bottom: 0);
        return new Chart(plot, height: 190);
    }
}
