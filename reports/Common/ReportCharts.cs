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
        line.Color = LineColor(n);
    }

    private static ScottPlot.Color LineColor(int n) => ScottPlot.Color.FromHex(n == 0 ? "#0B3C5D" : "#4F7396");

    /// <summary>A level axis starts at zero (PUBLICATION §7: a cut axis makes a small change look large).</summary>
    internal static void FromZero(ScottPlot.Plot plot, double top) => plot.Axes.SetLimitsY(0, top);

    internal static string MonthLabel(DateOnly month, string language) =>
        (language switch { "kk" => MonthNames.Kazakh, "ru" => MonthNames.Russian, _ => MonthNames.English })[month.Month - 1][..3] + $" {month:yy}";

    /// <summary>Lines over months from a zero axis (a percentage up to 100), the months labelled every other one, each line named at its end.</summary>
    /// <param name="percent">The values are percentages: the axis runs from 0 to 100.</param>
    public static Chart Lines(Translations.Labels l, IReadOnlyList<DateOnly> months, bool percent, params (string Label, double[] Values)[] series)
    {
        var plot = NewPlot(l.Language.Culture);
        if (series.All(s => s.Values.All(v => Math.Abs(v) < 1000)) && !percent)
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("N1", l.Language.Culture), MaxTickCount = 6 };
        var x = Enumerable.Range(0, months.Count).Select(i => (double)i).ToArray();
        for (var n = 0; n < series.Length; n++)
            Style(plot.Add.Scatter(x, series[n].Values), n);
        plot.Axes.Bottom.SetTicks(x.Where((_, i) => i % 2 == 0).ToArray(), months.Where((_, i) => i % 2 == 0).Select(m => MonthLabel(m, l.Language.Code)).ToArray());
        var top = percent ? 100 : Top(series.SelectMany(s => s.Values));
        FromZero(plot, top);
        const double height = 170;
        DirectLabels(plot, x, series, top, height);
        return new Chart(plot, height);
    }

    /// <summary>The top of a level axis from zero: a little above the largest value.</summary>
    internal static double Top(IEnumerable<double> values) => values.DefaultIfEmpty(0).Max() is var max && max > 0 ? max * 1.12 : 1;

    // ScottPlot measures in 96-dpi pixels; a chart spans the text column of an A4 page, about 660 of them.
    private const double ChartPixels = 660, AxisPixels = 75, CharPixels = 7.2, LinePixels = 14, LabelChars = 22;

    /// <summary>
    /// Each line named at its last point, in its colour, instead of a boxed legend (PUBLICATION §7):
    /// the axis runs on to the right to make room for the names; names whose ends lie close are
    /// moved apart so that they never overlap.
    /// </summary>
    internal static void DirectLabels(ScottPlot.Plot plot, double[] x, IReadOnlyList<(string Label, double[] Values)> series, double top, double heightPoints)
    {
        if (x.Length == 0)
            return;
        var names = series.Select(s => Wrap(s.Label)).ToList();
        var label = names.SelectMany(n => n.Split('\n')).Max(line => line.Length) * CharPixels + 10;
        var span = Math.Max(1, x[^1] - x[0]);
        plot.Axes.SetLimitsX(x[0] - 0.4, x[^1] + (span + 0.8) * label / (ChartPixels - AxisPixels - label));
        var dataPixels = heightPoints / 72 * 96 - 45; // less the month axis
        var ends = series.Select((s, n) => (N: n, Y: s.Values.Length == 0 ? 0 : s.Values[^1], Lines: names[n].Count(c => c == '\n') + 1)).OrderBy(e => e.Y).ToList();
        for (var i = 1; i < ends.Count; i++)
        {
            var gap = (ends[i - 1].Lines + ends[i].Lines) / 2.0 * LinePixels / dataPixels * top;
            if (ends[i].Y - ends[i - 1].Y < gap)
                ends[i] = ends[i] with { Y = ends[i - 1].Y + gap };
        }
        foreach (var end in ends)
        {
            var text = plot.Add.Text(names[end.N], x[^1] + 0.25, end.Y);
            text.LabelAlignment = ScottPlot.Alignment.MiddleLeft;
            text.LabelFontName = "DejaVu Sans";
            text.LabelFontSize = 10;
            text.LabelFontColor = LineColor(end.N);
        }
    }

    /// <summary>A long name on two lines, broken at the space nearest its middle.</summary>
    private static string Wrap(string name)
    {
        if (name.Length <= LabelChars || !name.Contains(' '))
            return name;
        var spaces = Enumerable.Range(0, name.Length).Where(i => name[i] == ' ').ToList();
        var cut = spaces.MinBy(i => Math.Abs(i - name.Length / 2));
        return name[..cut] + "\n" + name[(cut + 1)..];
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
