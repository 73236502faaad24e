using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Output;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Queries;

namespace CorrAnalytics.Reports.Production;

public sealed record ProductionTrendPoint(DateOnly Month, decimal Output, decimal Sold, decimal? Employment);

/// <summary>The production output analysis of one month: figures first, then its document.</summary>
public sealed record ProductionReport(
    DateOnly Period, Labels Labels, DateTime GeneratedAt, DataVersion DataVersion, IReadOnlyList<Indicator> Indicators, decimal Deductions,
    ReportTable Branches, ReportTable Facilities, ReportTable Top, ReportTable Bottom, ReportTable Categories, ReportTable Products, ReportTable Missing,
    IReadOnlyList<ProductionTrendPoint> Trend, IReadOnlyList<CategoryPoint> OutputByCategory)
{
    public IEnumerable<ReportTable> Tables => [Branches, Facilities, Top, Bottom, Categories, Products, Missing];
}

public sealed class ProductionReportBuilder(WarehouseSession session, TimeProvider clock)
{
    private static readonly (string Key, ValueKind Kind, bool? HigherIsBetter, string Label)[] Headline =
    [
        ("plan_fulfilment_pct", ValueKind.Percent, true, "kpi.fulfilment"), ("internal_share_pct", ValueKind.Percent, null, "kpi.internal"),
        ("employment_pct", ValueKind.Percent, true, "kpi.employment"), ("output_per_employed", ValueKind.Money, true, "kpi.output_per_employed"),
        ("average_wage", ValueKind.Money, true, "kpi.wage"),
    ];

    public ProductionReport Build(DateOnly period, ReportLanguage language)
    {
        var month = period.ToDateTime(TimeOnly.MinValue);
        var l = Labels.For(language);
        var code = language.Code;
        var facilities = ReportQueries.Run(session, "production/by_facility", month, code);
        if (facilities.Rows.Count == 0)
            throw new ReportDataException(l.Format("production.no_data", $"{period:yyyy-MM}"));
        var now = ReportQueries.Run(session, "monthly/indicators", month);
        var mom = ReportQueries.Run(session, "monthly/indicators", month.AddMonths(-1));
        var yoy = ReportQueries.Run(session, "monthly/indicators", month.AddMonths(-12));
        var indicators = Headline.Select(h => new Indicator(h.Key, l[h.Label], h.Kind, now.Number(0, h.Key), mom.Number(0, h.Key), yoy.Number(0, h.Key), h.HigherIsBetter)).ToList();

        var facilityColumns = new ReportColumn[]
        {
            new(l["col.code"], ValueKind.Text), new(l["col.facility"], ValueKind.Text, 2.5), new(l["production.col.branch"], ValueKind.Text, 2),
            new(l["col.plan_value"], ValueKind.Money, 1.3), new(l["col.output_value"], ValueKind.Money, 1.3), new(l["col.fulfilment"], ValueKind.Percent),
            new(l["col.sold_value"], ValueKind.Money, 1.3), new(l["col.internal_share"], ValueKind.Percent), new(l["production.col.able"], ValueKind.Integer),
            new(l["production.col.employed"], ValueKind.Integer), new(l["kpi.employment"], ValueKind.Percent), new(l["kpi.wage"], ValueKind.Money),
            new(l["production.col.deductions"], ValueKind.Money, 1.3),
        };
        var all = new ReportTable(l["production.sheet.facilities"], facilityColumns).AddRows(facilities.Rows);
        var ranked = facilities.Rows.Where(r => r[5] is not null).OrderByDescending(r => NumberFormat.ToDecimal(r[5]!)).ThenBy(r => (string)r[0]!, StringComparer.Ordinal).ToList();
        var shortColumns = facilityColumns.Take(8).ToArray();
        var top = new ReportTable(l["production.sheet.top"], shortColumns).AddRows(ranked.Take(10).Select(r => r.Take(8).ToArray()));
        var bottom = new ReportTable(l["production.sheet.bottom"], shortColumns).AddRows(ranked.AsEnumerable().Reverse().Take(10).Select(r => r.Take(8).ToArray()));

        var branches = new ReportTable(l["production.sheet.branches"], [
            new(l["production.col.branch"], ValueKind.Text, 2.5), new(l["col.facilities"], ValueKind.Integer), new(l["col.plan_value"], ValueKind.Money, 1.3),
            new(l["col.output_value"], ValueKind.Money, 1.3), new(l["col.fulfilment"], ValueKind.Percent), new(l["col.sold_value"], ValueKind.Money, 1.3),
            new(l["col.internal_share"], ValueKind.Percent), new(l["production.col.employed"], ValueKind.Integer), new(l["kpi.employment"], ValueKind.Percent)]).AddRows(ReportQueries.Run(session, "production/by_branch", month, code).Rows);
        var categoryRows = ReportQueries.Run(session, "monthly/production", month, code).Rows;
        var categories = new ReportTable(l["sheet.production"], [
            new(l["col.category"], ValueKind.Text, 2.5), new(l["col.plan_value"], ValueKind.Money, 1.3), new(l["col.output_value"], ValueKind.Money, 1.3),
            new(l["col.fulfilment"], ValueKind.Percent), new(l["col.sold_value"], ValueKind.Money, 1.3), new(l["col.internal_share"], ValueKind.Percent)]).AddRows(categoryRows);
        var products = new ReportTable(l["production.sheet.products"], [
            new(l["production.col.product_code"], ValueKind.Text), new(l["production.col.product"], ValueKind.Text, 2.5), new(l["production.col.unit"], ValueKind.Text, 0.7),
            new(l["production.col.plan_qty"], ValueKind.Integer), new(l["production.col.output_qty"], ValueKind.Integer), new(l["col.output_value"], ValueKind.Money, 1.3),
            new(l["col.fulfilment"], ValueKind.Percent), new(l["col.sold_value"], ValueKind.Money, 1.3)]).AddRows(ReportQueries.Run(session, "production/by_product", month, code).Rows);
        var missing = new ReportTable(l["sheet.missing"], [new(l["col.source"], ValueKind.Text, 2), new(l["col.code"], ValueKind.Text, 2)]).AddRows(ReportQueries.Run(session, "monthly/completeness", month).Rows.Where(r => (string)r[0]! == "production").Select(r => new object?[] { l["source.production"], r[1] }));

        var trend = ReportQueries.Run(session, "production/trend", month).Rows.Select(r => new ProductionTrendPoint(
            r[0] is DateOnly d ? d : DateOnly.FromDateTime((DateTime)r[0]!), NumberFormat.ToDecimal(r[1]!), NumberFormat.ToDecimal(r[2]!), r[3] is null ? null : NumberFormat.ToDecimal(r[3]!))).ToList();
        return new ProductionReport(period, l, clock.GetUtcNow().UtcDateTime,
            DataVersion.Read(session, month),
            indicators, facilities.Rows.Sum(r => r[12] is null ? 0 : NumberFormat.ToDecimal(r[12]!)),
            branches, all, top, bottom, categories, products, missing, trend,
            categoryRows.Select(r => new CategoryPoint((string)r[0]!, NumberFormat.ToDecimal(r[2]!))).ToList());
    }

}

public static class ProductionReportDocument
{
    public static LayoutDocument Compose(ProductionReport report)
    {
        var l = report.Labels;
        var culture = l.Language.Culture;
        var tiles = report.Indicators.Select(i => (Element)new KpiTile(i.Label, NumberFormat.Format(i.Value, i.Kind, culture),
            $"{NumberFormat.Change(i.ChangeMoM, i.Kind, culture, l["unit.points"])} {l["change.mom"]}",
            i.ChangeMoM is null or 0 ? Trend.None : i.ChangeMoM > 0 ? Trend.Up : Trend.Down,
            i.ChangeMoM is null or 0 || i.HigherIsBetter is null ? null : (i.ChangeMoM > 0) == i.HigherIsBetter))
            .Append(new KpiTile(l["production.col.deductions"], NumberFormat.Format(report.Deductions, ValueKind.Money, culture), "", Trend.None, null))
            .ToList();
        var months = report.Trend.Select(t => t.Month).ToList();
        Element Section(string heading, ReportTable table) =>
            new Section(heading, new KeepTogether(new Column([new Text(heading, TextStyles.Heading1, spaceAfter: 2), MonthlyReportDocument.Table(table, culture)], spacing: 4)));
        return ReportParts.Document(l, l["production.title"], report.Period, report.GeneratedAt, new Column([
                ReportParts.Cover(l, l["production.title"], report.Period, report.GeneratedAt, report.DataVersion, report.Missing.Rows.Count, showLanguage: false),
                new Row(tiles.Take(3).Select(t => new RowItem(t)).ToList(), spacing: 6),
                new Row(tiles.Skip(3).Select(t => new RowItem(t)).ToList(), spacing: 6),
                new KeepTogether(MonthlyCharts.Lines(l["production.chart.trend"], l, months,
                    (l["col.output_value"], report.Trend.Select(t => (double)t.Output / 1e6).ToArray()),
                    (l["col.sold_value"], report.Trend.Select(t => (double)t.Sold / 1e6).ToArray()))),
                new KeepTogether(MonthlyCharts.Lines(l["production.chart.employment"], l, months,
                    (l["kpi.employment"], report.Trend.Select(t => (double)(t.Employment ?? 0)).ToArray()))),
                Section(l["production.section.branches"], report.Branches),
                Section(l["section.production"], report.Categories),
                new KeepTogether(MonthlyCharts.OutputByCategory(report.OutputByCategory, l)),
                Section(l["production.section.top"], report.Top.Select(0, 1, 3, 4, 5, 6, 7)),
                Section(l["production.section.bottom"], report.Bottom.Select(0, 1, 3, 4, 5, 6, 7)),
                // The facility table has 13 columns: on paper it is printed as output and sales, then labour.
                new Section(l["production.section.facilities"], new Column([
                    new Text(l["production.section.facilities"], TextStyles.Heading1),
                    MonthlyReportDocument.Table(report.Facilities.Select(0, 1, 3, 4, 5, 6, 7), culture),
                    MonthlyReportDocument.Table(report.Facilities.Select(0, 1, 8, 9, 10, 11, 12), culture)])),
                new Section(l["production.section.products"], new Column([new Text(l["production.section.products"], TextStyles.Heading1), MonthlyReportDocument.Table(report.Products, culture)])),
                new Section(l["section.quality"], new Column([new Text(l["section.quality"], TextStyles.Heading1),
                    report.Missing.Rows.Count == 0 ? new Text(l["quality.none"], TextStyles.Body) : MonthlyReportDocument.Table(report.Missing, culture)])),
            ], spacing: 8));
    }
}
