using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Reports.Tests.Common;

public class ReportChartsTests
{
    private static readonly Labels Russian = Labels.For(ReportLanguage.Russian);

    [Fact]
    public void A_line_charts_legend_is_drawn_below_the_data_never_over_it()
    {
        var months = Enumerable.Range(0, 13).Select(i => new DateOnly(2025, 10, 1).AddMonths(i)).ToList();
        var chart = ReportCharts.Lines(Russian, months, percent: false,
            ("Численность", months.Select(_ => 38_000.0).ToArray()), ("Лимит", months.Select(_ => 47_600.0).ToArray()));
        chart.Render(500);

        Assert.False(chart.Plot.Legend.IsVisible); // no legend inside the data area
        var panel = Assert.Single(chart.Plot.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>());
        Assert.Equal(ScottPlot.Edge.Bottom, panel.Edge);
    }

    [Fact]
    public void Category_labels_stand_one_a_line_with_room_for_a_line_each_so_they_never_collide()
    {
        string[] names = ["Швейная продукция", "Металлообработка", "Деревообработка", "Строительные материалы", "Хлебобулочные и мучные изделия", "Сельское хозяйство"];
        var chart = ReportCharts.OutputByCategory(names.Select((n, i) => new CategoryPoint(n, (i + 1) * 10_000_000m)).ToList(), Russian);
        chart.Render(500);

        var ticks = chart.Plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).OrderByDescending(t => t.Position).ToList();
        Assert.Equal(names, ticks.Select(t => t.Label)); // the first category at the top, as in the table
        var rect = chart.Plot.LastRender.DataRect;
        var pixelsPerBar = rect.Height / names.Length;
        var lineHeight = chart.Plot.Axes.Left.TickLabelStyle.FontSize * 1.5; // layout units, as the data area (the image is scaled for print)
        Assert.True(pixelsPerBar >= lineHeight, $"{pixelsPerBar:F0} px a bar for labels {lineHeight:F0} px high");
    }
}
