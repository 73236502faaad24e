using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Layout.Elements;

namespace CorrAnalytics.Reports.Monthly;

/// <summary>The monthly report's charts, labelled in the report's language and culture.</summary>
public static class MonthlyCharts
{
    public static Chart Trend(MonthlyReport report)
    {
        var l = report.Labels;
        var plot = ReportCharts.NewPlot(l.Format("chart.trend", report.Trend.Count), l.Language.Culture);
        var x = Enumerable.Range(0, report.Trend.Count).Select(i => (double)i).ToArray();
        var stock = plot.Add.Scatter(x, report.Trend.Select(p => (double)(p.Stock ?? 0)).ToArray());
        stock.LegendText = l["series.stock"];
        stock.LineWidth = 2;
        var capacity = plot.Add.Scatter(x, report.Trend.Select(p => (double)(p.Capacity ?? 0)).ToArray());
        capacity.LegendText = l["series.capacity"];
        capacity.LinePattern = ScottPlot.LinePattern.Dashed;
        plot.Axes.Bottom.SetTicks(x.Where((_, i) => i % 2 == 0).ToArray(),
            report.Trend.Where((_, i) => i % 2 == 0).Select(p => ReportCharts.MonthLabel(p.Month, l.Language.Code)).ToArray());
        plot.Axes.Margins(bottom: 0.1, top: 0.15);
        ReportCharts.LegendOutside(plot);
        return new Chart(plot, height: 200);
    }

    public static Chart DensityByRegion(MonthlyReport report)
    {
        var l = report.Labels;
        var plot = ReportCharts.NewPlot(l["chart.density"], l.Language.Culture);
        var rows = report.Regions.Rows.Where(r => r[4] is not null).ToList();
        var values = rows.Select(r => (double)Model.NumberFormat.ToDecimal(r[4]!)).ToArray();
        var chart = ReportCharts.HorizontalBars(plot, rows.Select(r => (string)r[0]!).ToList(), values, l.Language.Culture);
        plot.Add.VerticalLine(100, 1, ScottPlot.Colors.Red, ScottPlot.LinePattern.Dashed); // over the bars: the capacity
        return chart;
    }

    public static Chart CumulativeBudget(MonthlyReport report)
    {
        var l = report.Labels;
        var plot = ReportCharts.NewPlot(l["chart.budget"], l.Language.Culture);
        var x = Enumerable.Range(0, report.CumulativeBudget.Count).Select(i => (double)i).ToArray();
        var plan = plot.Add.Scatter(x, report.CumulativeBudget.Select(p => (double)p.Plan / 1e6).ToArray());
        plan.LegendText = l["series.plan"];
        plan.LinePattern = ScottPlot.LinePattern.Dashed;
        var paid = plot.Add.Scatter(x, report.CumulativeBudget.Select(p => (double)p.Paid / 1e6).ToArray());
        paid.LegendText = l["series.paid"];
        paid.LineWidth = 2;
        plot.Axes.Bottom.SetTicks(x, report.CumulativeBudget.Select(p => ReportCharts.MonthLabel(p.Month, l.Language.Code)[..3]).ToArray());
        ReportCharts.LegendOutside(plot);
        return new Chart(plot, height: 190);
    }

    public static Chart OutputByCategory(MonthlyReport report) => ReportCharts.OutputByCategory(report.OutputByCategory, report.Labels);
}
