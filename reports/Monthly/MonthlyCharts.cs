using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Layout.Elements;

namespace CorrAnalytics.Reports.Monthly;

/// <summary>The monthly report's charts, labelled in the report's language and culture.</summary>
public static class MonthlyCharts
{
    public static Chart Trend(MonthlyReport report)
    {
        var l = report.Labels;
        return ReportCharts.Lines(l, report.Trend.Select(p => p.Month).ToList(), percent: false,
            (l["series.stock"], report.Trend.Select(p => (double)(p.Stock ?? 0)).ToArray()),
            (l["series.capacity"], report.Trend.Select(p => (double)(p.Capacity ?? 0)).ToArray()));
    }

    public static Chart DensityByRegion(MonthlyReport report)
    {
        var l = report.Labels;
        var plot = ReportCharts.NewPlot(l.Language.Culture);
        var rows = report.Regions.Rows.Where(r => r[4] is not null).ToList();
        var values = rows.Select(r => (double)Model.NumberFormat.ToDecimal(r[4]!)).ToArray();
        var chart = ReportCharts.HorizontalBars(plot, rows.Select(r => (string)r[0]!).ToList(), values, l.Language.Culture);
        plot.Add.VerticalLine(100, 1, ScottPlot.Colors.Black, ScottPlot.LinePattern.Dashed); // over the bars: the capacity
        if (RepublicDensity(report) is { } republic)
            plot.Add.VerticalLine((double)republic, 1.5f, ScottPlot.Color.FromHex("#555555"), ScottPlot.LinePattern.Dotted);
        return chart;
    }

    /// <summary>The republic's occupancy, drawn as a reference line on the regional chart (also in a department's report).</summary>
    private static decimal? RepublicDensity(MonthlyReport report) =>
        report.Indicator("density_pct") is var d && report.Scope.IsDepartment ? d.National : d.Value;

    /// <summary>What the reference lines of the regional chart are, said under it.</summary>
    public static string DensityLines(MonthlyReport report)
    {
        var l = report.Labels;
        return RepublicDensity(report) is { } republic
            ? l.Format("chart.density_lines", Model.NumberFormat.Format(republic, Model.ValueKind.Percent, l.Language.Culture))
            : l["chart.limit"];
    }

    public static Chart CumulativeBudget(MonthlyReport report)
    {
        var l = report.Labels;
        var plot = ReportCharts.NewPlot(l.Language.Culture);
        var x = Enumerable.Range(0, report.CumulativeBudget.Count).Select(i => (double)i).ToArray();
        (string Label, double[] Values)[] series =
        [
            (l["series.paid"], report.CumulativeBudget.Select(p => (double)p.Paid / 1e6).ToArray()),
            (l["series.plan"], report.CumulativeBudget.Select(p => (double)p.Plan / 1e6).ToArray()),
        ];
        for (var n = 0; n < series.Length; n++)
            ReportCharts.Style(plot.Add.Scatter(x, series[n].Values), n);
        plot.Axes.Bottom.SetTicks(x, report.CumulativeBudget.Select(p => ReportCharts.MonthLabel(p.Month, l.Language.Code)[..3]).ToArray());
        var top = ReportCharts.Top(series.SelectMany(s => s.Values));
        ReportCharts.FromZero(plot, top);
        const double height = 190;
        ReportCharts.DirectLabels(plot, x, series, top, height);
        return new Chart(plot, height);
    }

    public static Chart OutputByCategory(MonthlyReport report) => ReportCharts.OutputByCategory(report.OutputByCategory, report.Labels);
}
