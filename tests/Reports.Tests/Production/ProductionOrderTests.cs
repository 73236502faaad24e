using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Production;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Time;
using UglyToad.PdfPig;

namespace CorrAnalytics.Reports.Tests.Production;

/// <summary>
/// PUBLICATION §8 in the production analysis: facility codes in natural order (ЕЦ-161/2 before
/// ЕЦ-161/10), and top and bottom lists only in a scope of more than 20 facilities.
/// </summary>
public class ProductionOrderTests
{
    private static readonly YearMonth October = new(2026, 10);

    /// <summary>Adds facilities ЕЦ-161/1 … ЕЦ-161/<paramref name="count"/>, each with a П-1 form for October (a product line and its labour).</summary>
    private static void AddFiling(HandMadeWarehouse warehouse, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var code = $"ЕЦ-161/{i}";
            warehouse.Session.Execute(
                "insert into core.dim_facility values (nextval('core.facility_key_seq'), $1, $1, $1, 'colony', 'medium', 'M', 'KZ-11', 'D-11', 100, date '2000-01-01', null, date '2000-01-01', date '9999-12-31', true, 1, null)",
                code);
            warehouse.Session.Execute(
                "insert into core.fact_production values ($1, date '2026-10-01', 'GR-001', 10, $2, 10, $3, 10, $3, 0, 1)", code, 1000m * i, 900m * i);
            warehouse.Session.Execute("insert into core.fact_labour values ($1, date '2026-10-01', 'Еңбек', 10, 5, 3, 1, 1, 100000, 10000, 1)", code);
        }
    }

    private static ProductionReport Build(HandMadeWarehouse warehouse) =>
        new ProductionReportBuilder(warehouse.Session, TestClock.Running()).Build(October, ReportLanguage.English);

    private static string PdfText(ProductionReport report)
    {
        using var pdf = PdfDocument.Open(PdfRenderer.Render(ProductionReportDocument.Compose(report), null, out _));
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public void A_scope_of_twenty_facilities_or_fewer_has_no_top_and_bottom_lists()
    {
        using var warehouse = new HandMadeWarehouse();
        AddFiling(warehouse, 18); // 18 and the hand-made А-1 and Б-2: 20

        var report = Build(warehouse);

        Assert.Equal(20, report.Facilities.Rows.Count);
        Assert.DoesNotContain(report.Tables, t => t.SheetName is "Top 10" or "Bottom 10");
        Assert.DoesNotContain("Top 10 facilities", PdfText(report));
    }

    [Fact]
    public void Above_twenty_facilities_the_lists_appear_and_every_table_has_the_codes_in_natural_order()
    {
        using var warehouse = new HandMadeWarehouse();
        AddFiling(warehouse, 19);

        var report = Build(warehouse);

        Assert.Equal(21, report.Facilities.Rows.Count);
        Assert.Contains(report.Tables, t => t.SheetName == "Top 10");
        Assert.Contains("Top 10 facilities by plan fulfilment", PdfText(report));
        // Worked out here: the Cyrillic letters А, Б before Е, then ЕЦ-161/1 … /19 by their number.
        string[] expected = ["А-1", "Б-2", .. Enumerable.Range(1, 19).Select(i => $"ЕЦ-161/{i}")];
        Assert.Equal(expected, report.Facilities.Rows.Select(r => (string)r[0]!));
    }
}
