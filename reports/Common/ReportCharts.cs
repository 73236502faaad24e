using System.Globalization;
using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Warehouse.Calendar;

namespace CorrAnalytics.Reports.Common;

/// <summary>Charts more than one report draws, and the plot and month labels every chart shares.</summary>
public static class ReportCharts
{
    /// <summary>A plot without a title: the title is the figure's caption, text outside the image (PUBLICATION §3).</summary>
    internal static ScottPlot.Plot NewPlot(CultureInfo culture)
    {
        var plot = new ScottPlot.Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N0", culture), MaxTickCount = 6 };
        return plot;
    }

    /// <summary>
    /// The look of the n-th line of a chart: a dash pattern and a marker as well as a colour, so that the
    /// lines stay apart when printed in grey (PUBLICATION §7).
    /// </summary>
    internal static void Style(ScottPlot.Plottables.Scatter line, int n)
    {
        (ScottPlot.LinePattern Pattern, ScottPlot.MarkerShape Marker)[] looks =
            [(ScottPlot.LinePattern.Solid, ScottPlot.MarkerShape.FilledCircle), (ScottPlot.LinePattern.Dashed, ScottPlot.MarkerShape.OpenSquare),
             (ScottPlot.LinePattern.Dotted, ScottPlot.MarkerShape.FilledTriangleUp)];
        var (pattern, marker) = looks[n % looks.Length];
        line.LinePattern = pattern;
        line.MarkerShape = marker;
        line.MarkerSize = 5;
        line.LineWidth = n == 0 ? 2 : 1.5f;
        line.Color = n == 0 ? ScottPlot.Color.FromHex("#0B3C5D") : ScottPlot.Color.FromHex("#6B8FB0");
    }

    /// <summary>A level axis starts at zero (PUBLICATION §7: a cut axis makes a small change look large).</summary>
    internal static void FromZero(ScottPlot.Plot plot, IEnumerable<double> values, double? top = null)
    {
        var max = values.DefaultIfEmpty(0).Max();
        plot.Axes.SetLimitsY(0, top ?? (max <= 0 ? 1 : max * 1.12));
    }

    internal static string MonthLabel(DateOnly month, string language) =>
        (language switch { "kk" => MonthNames.Kazakh, "ru" => MonthNames.Russian, _ => MonthNames.English })[month.Month - 1][..3] + $" {month:yy}";

    /// <summary>Lines over months, the months labelled every other one.</summary>
    /// <summary>Lines over months from a zero axis (a percentage up to 100), the months labelled every other one.</summary>
    /// <param name="percent">The values are percentages: the axis runs from 0 to 100.</param>
    public static Chart Lines(Translations.Labels l, IReadOnlyList<DateOnly> months, bool percent, params (string Label, double[] Values)[] series)
    {
        var plot = NewPlot(l.Language.Culture);
        if (series.All(s => s.Values.All(v => Math.Abs(v) < 1000)) && !percent)
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N1", l.Language.Culture), MaxTickCount = 6 };
        var x = Enumerable.Range(0, months.Count).Select(i => (double)i).ToArray();
        for (var n = 0; n < series.Length; n++)
        {
            var line = plot.Add.Scatter(x, series[n].Values);
            line.LegendText = series[n].Label;
            Style(line, n);
        }
        plot.Axes.Bottom.SetTicks(x.Where((_, i) => i % 2 == 0).ToArray(), months.Where((_, i) => i % 2 == 0).Select(m => MonthLabel(m, l.Language.Code)).ToArray());
        FromZero(plot, series.SelectMany(s => s.Values), percent ? 100 : null);
        LegendOutside(plot);
        return new Chart(plot, height: 170);
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
        return new Chart(plot, height: Math.Max(150, 60 + 18 * labels.Count));
    }

    public static Chart OutputByCategory(IReadOnlyList<CategoryPoint> categories, Translations.Labels l) =>
        HorizontalBars(NewPlot(l.Language.Culture), categories.Select(c => c.Category).ToList(),
            categories.Select(c => (double)c.Output / 1e6).ToArray(), l.Language.Culture);
}
