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
        LegendOutside(plot);
        return new Chart(plot, height: 200);
    }

    /// <summary>The legend below the data, in one row: it never covers a point.</summary>
    internal static void LegendOutside(ScottPlot.Plot plot)
    {
        plot.ShowLegend(ScottPlot.Edge.Bottom);
        plot.Legend.Orientation = ScottPlot.Orientation.Horizontal;
    }

    /// <summary>
    /// Bars laid horizontally, each labelled on its own line at the left, so that labels of any
    /// length in any language never run into one another; the chart grows with the number of bars.
    /// </summary>
    internal static Chart HorizontalBars(ScottPlot.Plot plot, IReadOnlyList<string> labels, double[] values, CultureInfo culture)
    {
        // The first label at the top, as in the table beside the chart.
        var positions = Enumerable.Range(0, labels.Count).Select(i => (double)(labels.Count - 1 - i)).ToArray();
        var bars = plot.Add.Bars(positions, values);
        bars.Horizontal = true;
        plot.Axes.Left.SetTicks(positions, labels.ToArray());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", culture) };
        plot.Axes.Margins(left: 0);
        return new Chart(plot, height: Math.Max(150, 60 + 22 * labels.Count));
    }

    public static Chart OutputByCategory(IReadOnlyList<CategoryPoint> categories, Translations.Labels l) =>
        HorizontalBars(NewPlot(l["chart.production"], l.Language.Culture), categories.Select(c => c.Category).ToList(),
            categories.Select(c => (double)c.Output / 1e6).ToArray(), l.Language.Culture);
}
