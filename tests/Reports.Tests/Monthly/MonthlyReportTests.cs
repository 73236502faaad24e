using CorrAnalytics.TestSupport;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.Warehouse.Time;
using UglyToad.PdfPig;

namespace CorrAnalytics.Reports.Tests.Monthly;

/// <summary>
/// The monthly report of 2026-10 on the hand-made warehouse, checked against figures worked out
/// here by hand from the rows HandMadeWarehouse writes.
/// </summary>
public class MonthlyReportTests
{
    private static readonly YearMonth October = new(2026, 10);

    // Worked out by hand: see HandMadeWarehouse.
    private const decimal Stock = 100 + 150 + 60;                         // 31 October
    private const decimal Capacity = 100 + 200 + 50;
    private const decimal InmateDays = 30 * 300 + 310;                    // 9,310
    private const decimal Adp = InmateDays / 31;
    private const decimal MeanAdp12 = (11 * 300 + Adp) / 12;              // November 2025 – October 2026
    private const decimal PlanYtd = 10 * 3_000_000m + 500_000m;
    private const decimal PaidYtd = 10 * 2_900_000m + 400_000m - 50_000m;

    private static Dictionary<string, decimal> Expected(decimal nationalPopulation) => new()
    {
        ["stock"] = Stock,
        ["adp"] = Adp,
        ["capacity"] = Capacity,
        ["density_pct"] = Stock * 100 / Capacity,
        ["rate_per_100k"] = Stock * 100_000 / nationalPopulation,
        ["pretrial_pct"] = 45 * 100m / Stock,
        ["women_pct"] = 6 * 100m / Stock,
        ["foreigners_pct"] = 10 * 100m / Stock,
        ["juveniles"] = 2,
        ["admissions"] = 5,
        ["releases"] = 5,
        ["parole_pct"] = 40,
        ["deaths_per_10k"] = 2 * 10_000m / MeanAdp12,
        ["suicides_per_10k"] = 1 * 10_000m / MeanAdp12,
        ["escapes_per_10k"] = 2 * 10_000m / MeanAdp12,     // the October 2025 escape is outside the 12 months
        ["vacancy_pct"] = (120 - 106) * 100m / 120,
        ["inmates_per_officer"] = Stock / 86,
        ["execution_ytd_pct"] = PaidYtd * 100 / PlanYtd,
        ["cost_per_inmate_day"] = (900_000m + 2_000_000m - 50_000m) / InmateDays,
        ["food_per_inmate_day"] = (900_000m - 50_000m) / InmateDays,
        ["plan_fulfilment_pct"] = 1_450_000m * 100 / 1_500_000m,
        ["internal_share_pct"] = 700_000m * 100 / 1_300_000m,
        ["employment_pct"] = 80 * 100m / 160,
        ["output_per_employed"] = 1_450_000m / 80,
        ["average_wage"] = 4_500_000m / 80,
    };

    private static MonthlyReport Build(HandMadeWarehouse warehouse, string language = "en") =>
        new MonthlyReportBuilder(warehouse.Session, TestClock.Running()).Build(October, ReportLanguage.Parse(language));

    [Fact]
    public void Every_indicator_equals_the_figure_worked_out_by_hand()
    {
        using var warehouse = new HandMadeWarehouse();
        var report = Build(warehouse);
        foreach (var (key, expected) in Expected(warehouse.NationalPopulation2026))
            Assert.True(Math.Abs(report.Indicator(key).Value!.Value - expected) < 0.0001m, $"{key}: {report.Indicator(key).Value} ≠ {expected}");
    }

    [Fact]
    public void Month_over_month_and_year_over_year_compare_with_the_same_indicator()
    {
        using var warehouse = new HandMadeWarehouse();
        var stock = Build(warehouse).Indicator("stock");
        Assert.Equal((300m, 300m), (stock.PreviousMonth, stock.PreviousYear));
        Assert.Equal(10m / 3, Math.Round(stock.ChangeMoM!.Value, 20), 10);
        var density = Build(warehouse).Indicator("density_pct");
        Assert.Equal(Stock * 100 / Capacity - 300 * 100m / Capacity, density.ChangeMoM!.Value, 10); // percentage points
    }

    [Fact]
    public void Regions_security_levels_overcrowding_and_completeness_are_as_worked_out()
    {
        using var warehouse = new HandMadeWarehouse();
        var report = Build(warehouse);
        var akmola = report.Regions.Rows.Single(r => (string)r[0]! == "Akmola Region");
        Assert.Equal((2L, 250L, 300L), (Convert.ToInt64(akmola[1]), Convert.ToInt64(akmola[2]), Convert.ToInt64(akmola[3])));
        Assert.Equal(250 * 100m / 300, Convert.ToDecimal(akmola[4]), 6);
        Assert.Equal(20, report.Regions.Rows.Count);
        Assert.Equal(Stock, report.Regions.Totals![2]);
        var overcrowded = Assert.Single(report.Overcrowded.Rows);
        Assert.Equal(("В-3", 120m), ((string)overcrowded[0]!, Convert.ToDecimal(overcrowded[5])));
        Assert.Equal(
            ["Budget execution Б-2", "Budget execution В-3", "Staffing В-3"],
            report.Missing.Rows.Select(r => $"{r[0]} {r[1]}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Totals_that_can_be_computed_from_their_parts_are()
    {
        using var warehouse = new HandMadeWarehouse();
        var report = Build(warehouse);

        // By region: pre-trial (0 + 15 + 30 on 31 October) over the stock; the stock over the nation's population.
        var regions = report.Regions.Totals!;
        Assert.Equal(45 * 100m / Stock, Convert.ToDecimal(regions[5]), 6);
        Assert.Equal(Stock * 100_000 / warehouse.NationalPopulation2026, Convert.ToDecimal(regions[6]), 6);
        // Production: internal sales over sales, summed over the categories.
        var production = report.Production.Totals!;
        Assert.Equal(700_000m * 100 / 1_300_000m, Convert.ToDecimal(production[5]), 6);
        Assert.Equal(1_450_000m * 100 / 1_500_000m, Convert.ToDecimal(production[3]), 6);
    }

    [Fact]
    public void The_workbook_holds_the_same_figures_as_numbers_and_text_as_text()
    {
        using var warehouse = new HandMadeWarehouse();
        var folder = Path.Combine(warehouse.DataDir, "out");
        var output = new MonthlyReportWriter(warehouse.Session, TestClock.Running()).Write(October, ReportLanguage.English, new HashSet<string> { "xlsx" }, folder);

        using var workbook = new XLWorkbook(output.Files.Single());
        var summary = workbook.Worksheet("Summary");
        Assert.Equal(SheetTable.HeaderRow(summary), summary.SheetView.SplitRow);
        var byLabel = SheetTable.Rows(summary).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2));
        var expected = Expected(warehouse.NationalPopulation2026);
        var report = Build(warehouse);
        foreach (var indicator in report.Indicators)
            Assert.Equal((double)expected[indicator.Key], byLabel[indicator.Label].GetDouble(), 6);
        var overcrowded = workbook.Worksheet("Overcrowded");
        var name = overcrowded.Cell(SheetTable.HeaderRow(overcrowded) + 1, 2);
        Assert.False(name.HasFormula);
        Assert.Equal("=HYPERLINK(\"http://x\",\"В-3\")", name.GetString());
        Assert.True(workbook.Worksheet("Regions").AutoFilter.IsEnabled);
    }

    [Fact]
    public void Each_workbook_number_is_formatted_for_what_it_is_and_each_change_with_its_unit()
    {
        using var warehouse = new HandMadeWarehouse();
        var output = new MonthlyReportWriter(warehouse.Session, TestClock.Running())
            .Write(October, ReportLanguage.Russian, new HashSet<string> { "xlsx" }, Path.Combine(warehouse.DataDir, "out"));
        using var workbook = new XLWorkbook(output.Files.Single());
        var report = new MonthlyReportBuilder(warehouse.Session, TestClock.Running()).Build(October, ReportLanguage.Russian);
        var rows = SheetTable.Rows(workbook.Worksheet(1)).ToDictionary(r => r.Cell(1).GetString());

        foreach (var indicator in report.Indicators)
        {
            var row = rows[indicator.Label];
            var value = row.Cell(2).Style.NumberFormat.Format;
            Assert.Equal(indicator.Kind switch
            {
                Model.ValueKind.Percent => "#,##0.0\" %\"",
                Model.ValueKind.Decimal1 => "#,##0.0",
                Model.ValueKind.MoneyPerHead => "#,##0.0,", // tenge stored, thousands shown
                _ => "#,##0",
            }, value);
            foreach (var (cell, change) in new[] { (row.Cell(4), indicator.ChangeMoM), (row.Cell(6), indicator.ChangeYoY) })
            {
                if (change is null)
                {
                    Assert.True(cell.IsEmpty());
                    continue;
                }
                var unit = indicator.Kind == Model.ValueKind.Percent ? "п.п." : "%";
                Assert.Equal($"+#,##0.0\" {unit}\";\"−\"#,##0.0\" {unit}\";0.0\" {unit}\"", cell.Style.NumberFormat.Format);
                // Stored as shown, so a change that rounds to zero takes the unsigned zero section.
                Assert.Equal((double)Math.Round(change.Value, 1, MidpointRounding.AwayFromZero), cell.GetDouble(), 9);
            }
        }
        Assert.Contains(report.Indicators, i => i.Kind == Model.ValueKind.Percent && i.ChangeMoM is not null);
        Assert.Contains(report.Indicators, i => i.Kind == Model.ValueKind.Integer && i.ChangeMoM is not null);
        Assert.Contains(report.Indicators, i => i.Kind == Model.ValueKind.MoneyPerHead && i.Value is not null);
        var regions = SheetTable.Rows(workbook.Worksheet(report.Regions.SheetName)).First(r => !r.Cell(5).IsEmpty());
        Assert.Equal("#,##0", regions.Cell(3).Style.NumberFormat.Format);          // prisoners, a count
        Assert.Equal("#,##0.0\" %\"", regions.Cell(5).Style.NumberFormat.Format); // occupancy, a share
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Sections_flow_so_that_no_page_but_the_last_of_a_part_is_more_than_half_empty(string language)
    {
        using var warehouse = new HandMadeWarehouse();
        var (parts, halfEmpty) = PageFill.Of(MonthlyReportDocument.Compose(Build(warehouse, language)));
        Assert.Equal(6, parts); // the cover, the contents, the report, the annex on data quality, the methodology, the back page
        Assert.Empty(halfEmpty);
    }

    [Fact]
    public void The_pdf_text_shows_the_figures_in_the_report_culture()
    {
        using var warehouse = new HandMadeWarehouse();
        var folder = Path.Combine(warehouse.DataDir, "out");
        string Text(string language)
        {
            var output = new MonthlyReportWriter(warehouse.Session, TestClock.Running()).Write(October, ReportLanguage.Parse(language), new HashSet<string> { "pdf" }, folder);
            using var pdf = PdfDocument.Open(output.Files.Single());
            return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        }
        var english = Text("en");
        var report = Build(warehouse);
        foreach (var (key, expected) in Expected(warehouse.NationalPopulation2026))
        {
            var shown = Model.NumberFormat.Format(expected, report.Indicator(key).Kind, System.Globalization.CultureInfo.GetCultureInfo("en-US"));
            Assert.True(english.Contains(shown), $"{key}: {shown} is not in the PDF");
        }
        Assert.Contains("88.6", english);          // occupancy 310 / 350
        Assert.Contains("96.2", english);          // execution 29,350,000 / 30,500,000
        Assert.Contains("18.1", english);          // output per employed: 18,125 tenge in thousand tenge
        var russian = Text("ru");
        Assert.Contains("88,6", russian);
        Assert.Contains("18,1", russian);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void No_English_word_is_left_in_the_Kazakh_or_Russian_report(string language)
    {
        using var warehouse = new HandMadeWarehouse();
        warehouse.Session.Execute("update core.dim_facility set name_ru = 'Следственный изолятор В-3', name_kk = 'В-3 тергеу изоляторы' where facility_code = 'В-3'");
        var output = new MonthlyReportWriter(warehouse.Session, TestClock.Running()).Write(October, ReportLanguage.Parse(language), new HashSet<string> { "pdf" }, Path.Combine(warehouse.DataDir, "out"));
        using var pdf = PdfDocument.Open(output.Files.Single());
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).Where(w => Regex.IsMatch(w, "[A-Za-z]{2,}")).Distinct().ToList();
        Assert.True(words.Count == 0, string.Join(", ", words));
    }

    [Fact]
    public void Every_label_exists_in_every_language()
    {
        var keys = ReportLanguage.All.Select(l => Translations.Labels.For(l).Keys.ToHashSet()).ToList();
        Assert.All(keys, k => Assert.Equal(keys[0].Order(), k.Order()));
    }

    [Fact]
    public void A_period_without_data_is_a_clear_error()
    {
        using var warehouse = new HandMadeWarehouse();
        var error = Assert.Throws<ReportDataException>(() =>
            new MonthlyReportBuilder(warehouse.Session, TestClock.Running()).Build(new YearMonth(2027, 1), ReportLanguage.English));
        Assert.Equal("There is no data for 2027-01: load it first (corr etl run).", error.Message);
    }

    [Fact]
    public void The_manifest_names_each_file_with_its_hash_and_the_data_version()
    {
        using var warehouse = new HandMadeWarehouse();
        var output = new MonthlyReportWriter(warehouse.Session, TestClock.Running()).Write(October, ReportLanguage.Russian, new HashSet<string> { "pdf", "xlsx" }, Path.Combine(warehouse.DataDir, "out"));
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(output.Manifest)).RootElement;
        Assert.Equal(("monthly", "2026-10", "ru", 1L), (manifest.GetProperty("report").GetString(), manifest.GetProperty("period").GetString(), manifest.GetProperty("language").GetString(), manifest.GetProperty("data_version_batch").GetInt64()));
        var files = manifest.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(output.Manifest)!, file.GetProperty("name").GetString()!));
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
        }
    }
}
