using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Common.Indicators;
using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Production;

/// <summary>
/// The production analysis as a document (PUBLICATION §11): cover, contents, the headline figures and
/// trends, then branches, categories, the ranking, facilities and products, every table and chart
/// numbered with its source, the annex, the methodology and the back page.
/// </summary>
public static class ProductionReportDocument
{
    public static LayoutDocument Compose(ProductionReport report)
    {
        var l = report.Labels;
        var culture = l.Language.Culture;
        var x = ReportParts.Exhibits(l, report.Period, report.DataVersion, report.Zone, report.Provisional);
        var contents = new Contents(l["contents"]);
        var tiles = report.Indicators.Select(i => IndicatorTiles.Tile(i, l)).ToList();
        var months = report.Trend.Select(t => t.Month).ToList();
        Element Table(string caption, ReportTable table) => new KeepTogether(x.Table(caption, TableLayout.Of(table, culture), ExhibitSource.Production));
        return ReportParts.Document(l, report.Title, ReportParts.RunningHead(l, "production.title", report.Scope, report.Period), report.Period, report.GeneratedAt, contents, new Column([
                ReportParts.Cover(l, l["production.title"], report.Scope, report.Period, report.GeneratedAt, report.Zone, report.DataVersion, report.Missing.Rows.Count),
                contents,
                new PageBreak(),
                ReportParts.Part(l["section.findings"],
                    ReportParts.Findings(ProductionFindings.Of(report)),
                    new Row(tiles.Take(3).Select(t => new RowItem(t)).ToList(), spacing: 6),
                    new Row(tiles.Skip(3).Select(t => new RowItem(t)).ToList(), spacing: 6),
                    new KeepTogether(x.Figure(l.Format("production.chart.trend", months.Count), ReportCharts.Lines(l, months, percent: false,
                        (l["col.output_value"], report.Trend.Select(t => (double)t.Output / 1e6).ToArray()),
                        (l["col.sold_value"], report.Trend.Select(t => (double)t.Sold / 1e6).ToArray())), ExhibitSource.Production)),
                    new KeepTogether(x.Figure(l.Format("production.chart.employment", months.Count), ReportCharts.Lines(l, months, percent: true,
                        (l["kpi.employment"], report.Trend.Select(t => (double)(t.Employment ?? 0)).ToArray())), ExhibitSource.Production))),
                ReportParts.Part(l["production.section.branches"], Table(l["production.caption.branches"], report.Branches)),
                ReportParts.Part(l["section.production"],
                    Table(l["caption.production"], report.Categories),
                    new KeepTogether(x.Figure(l["chart.production"], ReportCharts.OutputByCategory(report.OutputByCategory, l), ExhibitSource.Production))),
                .. Ranking(report, Table),
                // The facility table has 13 columns: on paper it is printed as output and sales, then labour.
                ReportParts.Part(l["production.section.facilities"],
                    x.Table(l["production.caption.facilities_output"], TableLayout.Of(report.Facilities.Select(0, 1, 3, 4, 5, 6, 7), culture), ExhibitSource.Production),
                    x.Table(l["production.caption.facilities_labour"], TableLayout.Of(report.Facilities.Select(0, 1, 8, 9, 10, 11, 12), culture), ExhibitSource.Production)),
                ReportParts.Part(l["production.section.products"], x.Table(l["production.caption.products"], TableLayout.Of(report.Products, culture), ExhibitSource.Production)),
                ReportParts.Part(l["section.quality"], x.Table(l["caption.missing"],
                    report.Missing.Rows.Count == 0 ? new Text(l["quality.none"], TextStyles.Body) : TableLayout.Of(report.Missing, culture), ExhibitSource.Intake)),
                ReportParts.Methodology(l, IndicatorCatalogue.Production, "meth.counting.production"),
            ReportParts.BackPage(l, report.Options, "production", report.Period, report.Symbols),
            ], spacing: 8));
    }

    private static IEnumerable<Element> Ranking(ProductionReport report, Func<string, ReportTable, Element> table) => report.Ranks
        ? [ReportParts.Part(report.Labels["production.section.ranking"],
            table(report.Labels["production.section.top"], report.Top.Select(0, 1, 3, 4, 5, 6, 7)),
            table(report.Labels["production.section.bottom"], report.Bottom.Select(0, 1, 3, 4, 5, 6, 7)))]
        : [];
}
