using CorrAnalytics.TestSupport;
using ClosedXML.Excel;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Production;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Time;
using UglyToad.PdfPig;

namespace CorrAnalytics.Reports.Tests.Production;

/// <summary>The production analysis of 2026-10 on the hand-made warehouse (two colonies with a П-1 form each).</summary>
public class ProductionReportTests
{
    private static readonly YearMonth October = new(2026, 10);

    [Fact]
    public void Facility_branch_and_headline_figures_are_as_worked_out_by_hand()
    {
        using var warehouse = new HandMadeWarehouse();
        var report = new ProductionReportBuilder(warehouse.Session, TestClock.Running()).Build(October, ReportLanguage.English);

        // А: output 900,000 of plan 1,000,000, sold 800,000 (600,000 inside); 30 of 60 employed, wage fund 1,500,000, deductions 300,000.
        var a = report.Facilities.Rows.Single(r => (string)r[0]! == "А-1");
        Assert.Equal((90m, 75m, 50m, 50_000m, 300_000m), (Model.NumberFormat.ToDecimal(a[5]!), Model.NumberFormat.ToDecimal(a[7]!), Model.NumberFormat.ToDecimal(a[10]!), Model.NumberFormat.ToDecimal(a[11]!), Model.NumberFormat.ToDecimal(a[12]!)));
        var branch = Assert.Single(report.Branches.Rows);
        Assert.Equal(("Еңбек", 2L, 1_450_000m), ((string)branch[0]!, Convert.ToInt64(branch[1]), Model.NumberFormat.ToDecimal(branch[3]!)));
        Assert.Equal(900_000m, report.Deductions);
        Assert.Equal(1_450_000m * 100 / 1_500_000m, report.Indicators.Single(i => i.Key == "plan_fulfilment_pct").Value!.Value, 6);
        // Б fulfils 110 %, А 90 %: Б leads the top list, А leads the bottom list.
        Assert.Equal(["Б-2", "А-1"], report.Top.Rows.Select(r => (string)r[0]!));
        Assert.Equal(["А-1", "Б-2"], report.Bottom.Rows.Select(r => (string)r[0]!));
        Assert.Equal([October.First], report.Trend.Select(t => t.Month));   // the trend starts where production data starts
    }

    [Fact]
    public void The_workbook_opens_on_the_headline_figures_and_every_table_has_its_national_total()
    {
        using var warehouse = new HandMadeWarehouse();
        var output = new ProductionReportWriter(warehouse.Session, TestClock.Running())
            .Write(October, ReportLanguage.English, new HashSet<string> { "xlsx" }, Path.Combine(warehouse.DataDir, "out"));
        using var workbook = new XLWorkbook(output.Files.Single());
        var l = Labels.For(ReportLanguage.English);

        // Worked out by hand: А plan 1,000,000, output 900,000, sold 800,000 (600,000 inside), 60 able-bodied, 30 employed,
        // wage fund 1,500,000, deductions 300,000; Б 500,000, 550,000, 500,000 (100,000), 100, 50, 3,000,000, 600,000.
        var (fulfilment, internalShare, employment, wage) = (1_450_000.0 * 100 / 1_500_000, 700_000.0 * 100 / 1_300_000, 80.0 * 100 / 160, 4_500_000.0 / 80);
        var summary = workbook.Worksheet(1);
        Assert.Equal(l["sheet.summary"], summary.Name);
        var headline = SheetTable.Rows(summary).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2).GetDouble());
        Assert.Equal(fulfilment, headline[l["kpi.fulfilment"]], 6);
        Assert.Equal(internalShare, headline[l["kpi.internal"]], 6);
        Assert.Equal(employment, headline[l["kpi.employment"]], 6);
        Assert.Equal(1_450_000.0 / 80, headline[l["kpi.output_per_employed"]], 6);
        Assert.Equal(wage, headline[l["kpi.wage"]], 6);
        Assert.Equal(900_000.0, headline[l["production.col.deductions"]], 6);

        double Total(string sheet, string column)
        {
            var rows = SheetTable.Rows(workbook.Worksheet(l[sheet]));
            Assert.Equal(l["col.total"], rows[^1].Cell(1).GetString());
            var header = SheetTable.Header(workbook.Worksheet(l[sheet])).CellsUsed().Single(c => c.GetString() == l[column]);
            return rows[^1].Cell(header.Address.ColumnNumber).GetDouble();
        }
        foreach (var sheet in new[] { "production.sheet.branches", "sheet.production", "production.sheet.facilities" })
        {
            Assert.Equal(1_450_000.0, Total(sheet, "col.output_value"), 6);
            Assert.Equal(fulfilment, Total(sheet, "col.fulfilment"), 6);
            Assert.Equal(internalShare, Total(sheet, "col.internal_share"), 6);
        }
        Assert.Equal(employment, Total("production.sheet.branches", "production.col.employment"), 6);
        Assert.Equal(employment, Total("production.sheet.facilities", "production.col.employment"), 6);
        Assert.Equal(wage, Total("production.sheet.facilities", "kpi.wage"), 6);
        Assert.Equal(900_000.0, Total("production.sheet.facilities", "production.col.deductions"), 6);
        Assert.Equal(fulfilment, Total("production.sheet.products", "col.fulfilment"), 6);
        Assert.Equal(1_300_000.0, Total("production.sheet.products", "col.sold_value"), 6);
        var products = workbook.Worksheet(l["production.sheet.products"]).RowsUsed().Last();
        Assert.True(products.Cell(4).IsEmpty() && products.Cell(5).IsEmpty()); // quantities in different units are not added up
    }

    [Fact]
    public void English_reports_name_facilities_products_and_branches_in_English_or_else_in_Russian()
    {
        using var warehouse = new HandMadeWarehouse();
        warehouse.Session.Execute("update core.dim_facility set name_en = 'Colony A-1' where facility_code = 'А-1'");
        warehouse.Session.Execute("update core.dim_product set name_en = null where product_code = 'BK-001'");
        warehouse.Session.Execute("update core.fact_labour set branch = '«Еңбек-Абай» филиалы' where facility_code = 'Б-2'");
        var english = new ProductionReportBuilder(warehouse.Session, TestClock.Running()).Build(October, ReportLanguage.English);
        var russian = new ProductionReportBuilder(warehouse.Session, TestClock.Running()).Build(October, ReportLanguage.Russian);

        var facilities = english.Facilities.Lines.ToDictionary(r => (string)r[0]!, r => ((string)r[1]!, (string)r[2]!));
        var ruName = warehouse.Session.Scalar<string>("select name_ru from core.dim_facility where facility_code = 'Б-2'");
        Assert.Equal(("Colony A-1", "Еңбек"), facilities["А-1"]);                       // a branch the seeds do not know: as its form wrote it
        Assert.Equal((ruName, "Enbek-Abai branch"), facilities["Б-2"]);                 // no English name in the register: the Russian one
        Assert.Equal(["Enbek-Abai branch", "Еңбек"], english.Branches.Rows.Select(r => (string)r[0]!));
        Assert.Equal(["Филиал «Еңбек-Абай»", "Еңбек"], russian.Branches.Rows.Select(r => (string)r[0]!)); // the order of the forms' names, in every language
        var products = english.Products.Lines.ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("Cotton suit", products["GR-001"]);
        Assert.Equal(warehouse.Session.Scalar<string>("select name_ru from core.dim_product where product_code = 'BK-001'"), products["BK-001"]);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Sections_flow_so_that_no_page_but_the_last_of_a_part_is_more_than_half_empty(string language)
    {
        using var warehouse = new HandMadeWarehouse();
        var report = new ProductionReportBuilder(warehouse.Session, TestClock.Running()).Build(October, ReportLanguage.Parse(language));
        var (parts, halfEmpty) = PageFill.Of(ProductionReportDocument.Compose(report));
        Assert.Equal(5, parts); // the cover, the contents, the analysis, the methodology, the back page
        Assert.Empty(halfEmpty);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"1\")")]
    [InlineData("+cmd")]
    [InlineData("@SUM(1+1)")]
    [InlineData("-1+1")]
    public void Text_from_source_files_never_becomes_a_formula(string name)
    {
        using var warehouse = new HandMadeWarehouse();
        warehouse.Session.Execute("update core.dim_product set name_ru = $1 where product_code = 'GR-001'", name);
        var output = new ProductionReportWriter(warehouse.Session, TestClock.Running())
            .Write(October, ReportLanguage.Russian, new HashSet<string> { "xlsx" }, Path.Combine(warehouse.DataDir, "out"));
        using var workbook = new XLWorkbook(output.Files.Single());
        var cell = workbook.Worksheet("Продукция").CellsUsed().Single(c => c.GetString() == name);
        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
    }

    [Fact]
    public void A_name_no_font_can_draw_still_gives_the_report_and_the_manifest_names_the_character()
    {
        using var warehouse = new HandMadeWarehouse();
        warehouse.Session.Execute("update core.dim_facility set name_ru = 'ЕЦ-166/1 😀' where facility_code = 'А-1'");

        var output = new ProductionReportWriter(warehouse.Session, TestClock.Running())
            .Write(October, ReportLanguage.Russian, new HashSet<string> { "pdf", "xlsx" }, Path.Combine(warehouse.DataDir, "out"));

        Assert.Equal(2, output.Files.Count);
        using var pdf = PdfDocument.Open(output.Files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.Contains("ЕЦ-166/1 □", string.Concat(pdf.GetPages().Select(p => p.Text)));
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(output.Manifest));
        var warning = Assert.Single(manifest.RootElement.GetProperty("warnings").EnumerateArray()).GetString();
        Assert.Contains("U+1F600", warning);
    }

    [Fact]
    public void The_pdf_renders_in_each_language_with_its_figures()
    {
        using var warehouse = new HandMadeWarehouse();
        foreach (var language in ReportLanguage.All)
        {
            var output = new ProductionReportWriter(warehouse.Session, TestClock.Running())
                .Write(October, language, new HashSet<string> { "pdf" }, Path.Combine(warehouse.DataDir, "out"));
            using var pdf = PdfDocument.Open(output.Files.Single());
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Replace('\u00a0', ' ');
            // Output 900,000 + 550,000 in million tenge, rounded half away from zero (PUBLICATION §4).
            Assert.Contains(language.Code == "en" ? " 1.5 " : " 1,5 ", text);
            Assert.DoesNotContain(language.Code == "en" ? "1,450,000" : "1 450 000", text);
        }
    }

    [Fact]
    public void A_month_without_forms_is_a_clear_error()
    {
        using var warehouse = new HandMadeWarehouse();
        var error = Assert.Throws<ReportDataException>(() =>
            new ProductionReportBuilder(warehouse.Session, TestClock.Running()).Build(new YearMonth(2026, 9), ReportLanguage.English));
        Assert.Equal("There are no П-1 forms for 2026-09: load them first (corr etl run).", error.Message);
    }
}
