using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Reports.Production;

/// <summary>The production analysis as a document: headline tiles and trends first, then branches, categories, facilities and products.</summary>
public static class ProductionReportDocument
{
    public static LayoutDocument Compose(ProductionReport report)
    {
        var l = report.Labels;
        var culture = l.Language.Culture;
        var tiles = report.Indicators.Select(i => IndicatorTiles.Tile(i, l)).ToList();
        var months = report.Trend.Select(t => t.Month).ToList();
        Element Section(string heading, ReportTable table) =>
            new Section(heading, new KeepTogether(new Column([new Text(heading, TextStyles.Heading1, spaceAfter: 2), TableLayout.Of(table, culture)], spacing: 4)));
        return ReportParts.Document(l, report.Title, report.Period, report.GeneratedAt, new Column([
                ReportParts.Cover(l, l["production.title"], report.Scope, report.Period, report.GeneratedAt, report.Zone, report.DataVersion, report.Missing.Rows.Count),
                new Row(tiles.Take(3).Select(t => new RowItem(t)).ToList(), spacing: 6),
                new Row(tiles.Skip(3).Select(t => new RowItem(t)).ToList(), spacing: 6),
                new KeepTogether(ReportCharts.Lines(l.Format("production.chart.trend", months.Count), l, months,
                    (l["col.output_value"], report.Trend.Select(t => (double)t.Output / 1e6).ToArray()),
                    (l["col.sold_value"], report.Trend.Select(t => (double)t.Sold / 1e6).ToArray()))),
                new KeepTogether(ReportCharts.Lines(l.Format("production.chart.employment", months.Count), l, months,
                    (l["kpi.employment"], report.Trend.Select(t => (double)(t.Employment ?? 0)).ToArray()))),
                Section(l["production.section.branches"], report.Branches),
                Section(l["section.production"], report.Categories),
                new KeepTogether(ReportCharts.OutputByCategory(report.OutputByCategory, l)),
                .. Ranking(report, Section),
                // The facility table has 13 columns: on paper it is printed as output and sales, then labour.
                new Section(l["production.section.facilities"], new Column([
                    new Text(l["production.section.facilities"], TextStyles.Heading1),
                    TableLayout.Of(report.Facilities.Select(0, 1, 3, 4, 5, 6, 7), culture),
                    TableLayout.Of(report.Facilities.Select(0, 1, 8, 9, 10, 11, 12), culture)])),
                new Section(l["production.section.products"], new Column([new Text(l["production.section.products"], TextStyles.Heading1), TableLayout.Of(report.Products, culture)])),
                new Section(l["section.quality"], new Column([new Text(l["section.quality"], TextStyles.Heading1),
                    report.Missing.Rows.Count == 0 ? new Text(l["quality.none"], TextStyles.Body) : TableLayout.Of(report.Missing, culture)])),
                ReportParts.BackPage(l),
            ], spacing: 8));
    }

    private static IEnumerable<Element> Ranking(ProductionReport report, Func<string, ReportTable, Element> section) => report.Ranks
        ? [section(report.Labels["production.section.top"], report.Top.Select(0, 1, 3, 4, 5, 6, 7)),
           section(report.Labels["production.section.bottom"], report.Bottom.Select(0, 1, 3, 4, 5, 6, 7))]
        : [];
}
