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

        Assert.Equal(20, report.Facilities.Lines.Count);
        Assert.DoesNotContain(report.Tables, t => t.SheetName is "Top 10" or "Bottom 10");
        Assert.DoesNotContain("Top 10 facilities", PdfText(report));
    }

    [Fact]
    public void Above_twenty_facilities_the_lists_appear_and_every_table_has_the_codes_in_natural_order()
    {
        using var warehouse = new HandMadeWarehouse();
        AddFiling(warehouse, 19);

        var report = Build(warehouse);

        Assert.Equal(21, report.Facilities.Lines.Count);
        Assert.Contains(report.Tables, t => t.SheetName == "Top 10");
        Assert.Contains("Top 10 facilities by plan fulfilment", PdfText(report));
        // Worked out here: the Cyrillic letters А, Б before Е, then ЕЦ-161/1 … /19 by their number.
        string[] expected = ["А-1", "Б-2", .. Enumerable.Range(1, 19).Select(i => $"ЕЦ-161/{i}")];
        Assert.Equal(expected, report.Facilities.Lines.Select(r => (string)r[0]!));
    }

    [Fact]
    public void Facilities_are_grouped_by_branch_in_the_order_of_their_region_each_led_by_its_subtotal()
    {
        using var warehouse = new HandMadeWarehouse();
        // Two facilities of Abai (KZ-10, first in the official order) in their own branch; А-1 and Б-2 (KZ-11) file as «Еңбек».
        foreach (var (code, plan, output) in new[] { ("ЕЦ-161/10", 200_000m, 100_000m), ("ЕЦ-161/2", 300_000m, 330_000m) })
        {
            warehouse.Session.Execute(
                "insert into core.dim_facility values (nextval('core.facility_key_seq'), $1, $1, $1, 'colony', 'medium', 'M', 'KZ-10', 'D-10', 100, date '2000-01-01', null, date '2000-01-01', date '9999-12-31', true, 1, null)",
                code);
            warehouse.Session.Execute("insert into core.fact_production values ($1, date '2026-10-01', 'GR-001', 10, $2, 10, $3, 10, $3, 0, 1)", code, plan, output);
            warehouse.Session.Execute("insert into core.fact_labour values ($1, date '2026-10-01', '«Еңбек-Абай» филиалы', 10, 4, 3, 1, 1, 100000, 10000, 1)", code);
        }

        var table = Build(warehouse).Facilities;

        // The Abai branch first, its codes in natural order; then «Еңбек» (А-1: plan 1,000,000, output 900,000, 30 of 60 employed;
        // Б-2: 500,000, 550,000, 50 of 100).
        Assert.Equal([null, "ЕЦ-161/2", "ЕЦ-161/10", null, "А-1", "Б-2"], table.Rows.Select(r => (string?)r[0]));
        Assert.Equal([0, 3], Enumerable.Range(0, table.Rows.Count).Where(table.IsSubtotal));
        var (abai, enbek) = (table.Rows[0], table.Rows[3]);
        Assert.Equal("Enbek-Abai branch, total", abai[1]);
        Assert.Equal((500_000m, 430_000m, 86m, 8m, 40m), (Dec(abai[3]), Dec(abai[4]), Dec(abai[5]), Dec(abai[9]), Dec(abai[10]))); // 430/500; 8 of 20 employed
        Assert.Equal("Еңбек, total", enbek[1]);
        Assert.Equal((1_500_000m, 1_450_000m, 50m), (Dec(enbek[3]), Dec(enbek[4]), Dec(enbek[10]))); // 80 of 160 employed
        Assert.Equal(1_450_000m * 100 / 1_500_000m, Dec(enbek[5]), 6);
        var totals = table.Totals!; // every facility counted once, not the subtotals again
        Assert.Equal((2_000_000m, 1_880_000m, 88m), (Dec(totals[3]), Dec(totals[4]), Dec(totals[9])));
        Assert.Equal(4, table.Lines.Count);
    }

    [Fact]
    public void Products_are_grouped_by_category_on_the_value_basis_with_the_plan_value_beside_the_output()
    {
        using var warehouse = new HandMadeWarehouse();
        warehouse.Session.Execute("insert into core.fact_production values ('А-1', date '2026-10-01', 'GR-002', 5, 250000, 4, 150000, 4, 150000, 0, 1)");

        var table = Build(warehouse).Products;
        var l = CorrAnalytics.Reports.Translations.Labels.For(ReportLanguage.English);

        // garments (sort order 1): GR-001 plan 1,000,000 output 900,000, GR-002 250,000 and 150,000; bakery (5): BK-001 500,000 and 550,000.
        Assert.Equal([null, "GR-001", "GR-002", null, "BK-001"], table.Rows.Select(r => (string?)r[0]));
        var columns = table.Columns.Select(c => c.Header).ToList();
        var (plan, output, fulfilment) = (columns.IndexOf(l["col.plan_value"]), columns.IndexOf(l["col.output_value"]), columns.IndexOf(l["col.fulfilment"]));
        Assert.True(plan >= 0 && plan < output);
        var garments = table.Rows[0];
        Assert.Equal(("Garments, total", 1_250_000m, 1_050_000m, 84m), ((string)garments[1]!, Dec(garments[plan]), Dec(garments[output]), Dec(garments[fulfilment])));
        Assert.Equal(60m, Dec(table.Rows[2][fulfilment])); // GR-002 by value: 150,000 of 250,000 (its quantity would say 80 %)
        Assert.Equal(("Bakery and flour, total", 110m), ((string)table.Rows[3][1]!, Dec(table.Rows[3][fulfilment])));
        Assert.Equal(1_600_000m * 100 / 1_750_000m, Dec(table.Totals![fulfilment]), 6);
        Assert.Null(garments[3]); // quantities in different units are not added up
    }

    private static decimal Dec(object? value) => CorrAnalytics.Reports.Model.NumberFormat.ToDecimal(value!);
}
