using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Reports.Tests.Common;

public class ReportChartsTests
{
    private static readonly Labels Russian = Labels.For(ReportLanguage.Russian);

    [Fact]
    public void Each_line_is_named_at_its_end_inside_the_image_and_names_of_close_ends_do_not_overlap()
    {
        var months = Enumerable.Range(0, 13).Select(i => new DateOnly(2025, 10, 1).AddMonths(i)).ToList();
        // The two lines end 1 % of the axis apart: their names would overlap where the lines end.
        var chart = ReportCharts.Lines(Russian, months, percent: false,
            ("Численность содержащихся лиц", months.Select(_ => 47_000.0).ToArray()), ("Лимит наполнения", months.Select(_ => 47_600.0).ToArray()));
        chart.Render(500);

        Assert.Empty(chart.Plot.Legend.GetItems()); // no legend box, inside or outside
        Assert.Empty(chart.Plot.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>());
        var names = chart.Plot.GetPlottables<ScottPlot.Plottables.Text>().ToList();
        Assert.Equal(["Численность\nсодержащихся лиц", "Лимит наполнения"], names.Select(n => n.LabelText).Order().Reverse()); // a long name on two lines
        var rect = chart.Plot.LastRender.DataRect; // layout units, as the names' sizes (the image is scaled for print)
        var scale = chart.Plot.ScaleFactor;
        var boxes = names.Select(n =>
        {
            var pixel = chart.Plot.GetPixel(n.Location);
            var at = (X: pixel.X / scale, Y: pixel.Y / scale);
            using var paint = ScottPlot.Paint.NewDisposablePaint();
            var size = n.LabelStyle.Measure(paint).Size;
            return (Left: at.X, Right: at.X + size.Width, Top: at.Y - size.Height / 2, Bottom: at.Y + size.Height / 2);
        }).OrderBy(b => b.Top).ToList();
        var lastPoint = chart.Plot.GetPixel(new ScottPlot.Coordinates(12, 47_000)).X / scale;
        Assert.All(boxes, b => Assert.True(b.Left > lastPoint && b.Right <= rect.Right, $"{b.Left:F0}–{b.Right:F0} px, the last point at {lastPoint:F0}, the data area ends at {rect.Right:F0}"));
        Assert.True(boxes[0].Bottom <= boxes[1].Top, $"the names overlap: {boxes[0].Bottom:F0} > {boxes[1].Top:F0}");
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
