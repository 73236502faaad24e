using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Publications;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Tests.Publications;

/// <summary>
/// A department's publications record their headline figures, and what has changed since is listed in
/// its own revisions and nobody else's (#30): D-11 runs ЕЦ-166/1 (400 a day) and ЕЦ-166/2 (250), D-71
/// runs АС-221/1 (600). The figures are worked out here from those daily stocks.
/// </summary>
public class DepartmentRevisionsTests
{
    private static readonly YearMonth February = new(2024, 2), March = new(2024, 3);
    private static readonly Labels English = Labels.For(ReportLanguage.English);

    private static (string, int)[] Stocks(int ec1661 = 400) => [("ЕЦ-166/1", ec1661), ("ЕЦ-166/2", 250), ("АС-221/1", 600)];

    private static EtlHarness Loaded()
    {
        var etl = new EtlHarness().Register();
        foreach (var month in new[] { February, March })
            etl.Drop(PopulationMonth.FileName(month), PopulationMonth.Lines(month, Stocks()));
        Assert.All(etl.Run().Files, f => Assert.Equal(Etl.Load.FileStatus.Loaded, f.Status));
        return etl;
    }

    private static Publication Publish(EtlHarness etl, YearMonth period, string scope)
    {
        var folder = Path.Combine(etl.DataDir, "reports", $"{period}_{scope}");
        return new Publisher(etl.Session, etl.Clock).Publish(
            new PublicationRequest("monthly", period.ToString(), ReportLanguage.English, ["xlsx"], "test", Scope: scope),
            at => new MonthlyReportWriter(etl.Session, at).Write(period, ReportLanguage.English, new HashSet<string> { "xlsx" }, folder, ReportScope.DepartmentOf(scope)));
    }

    private static Dictionary<string, Revision> RevisionsOf(EtlHarness etl, YearMonth period, string scope) =>
        Revisions.Of(etl.Session, period, English, scope: scope).ToDictionary(r => r.Indicator);

    [Fact]
    public void A_correction_in_one_department_is_listed_in_its_revisions_and_in_the_republics_and_not_in_another_departments()
    {
        using var etl = Loaded();
        var d11 = Publish(etl, February, "D-11").Id;
        Publish(etl, February, "D-71");
        Publish(etl, February, "national");

        // D-11 re-submits February: ЕЦ-166/1 held 410 a day, not 400.
        etl.Drop(PopulationMonth.FileName(February), PopulationMonth.Lines(February, Stocks(ec1661: 410)));
        etl.Run();

        var revisedD11 = RevisionsOf(etl, February, "D-11");
        Assert.Equal((400m + 250, 410m + 250, d11), (revisedD11["stock"].Published, revisedD11["stock"].Current, (long?)revisedD11["stock"].Publication));
        Assert.Equal((400m + 250, 410m + 250), (revisedD11["adp"].Published, revisedD11["adp"].Current));
        Assert.Equal((Math.Round(650m / 800 * 100, 1, MidpointRounding.AwayFromZero), Math.Round(660m / 800 * 100, 1, MidpointRounding.AwayFromZero)),
            (revisedD11["density_pct"].Published, revisedD11["density_pct"].Current)); // capacity 500 + 300
        Assert.All(revisedD11.Values, r => Assert.Equal(["population_202402.csv"], r.Files));
        Assert.Empty(RevisionsOf(etl, February, "D-71"));
        var republic = RevisionsOf(etl, February, "national");
        Assert.Equal((400m + 250 + 600, 410m + 250 + 600), (republic["stock"].Published, republic["stock"].Current));
    }

    [Fact]
    public void A_departments_report_lists_its_own_revised_figures_of_the_months_before_in_its_annex()
    {
        using var etl = Loaded();
        Publish(etl, February, "D-11");
        Publish(etl, February, "D-71");
        etl.Drop(PopulationMonth.FileName(February), PopulationMonth.Lines(February, Stocks(ec1661: 410)));
        etl.Run();

        MonthlyReport MarchOf(string department) =>
            ReportScope.Render(etl.Session, department, March, ReportLanguage.English, scope => new MonthlyReportBuilder(etl.Session, etl.Clock).Build(March, ReportLanguage.English, scope))
                with { Revisions = RevisionsAnnex.Of(etl.Session, March, English, department, etl.Clock.Zone) };
        var report = MarchOf("D-11");
        var d11 = report.Revisions!;
        var received = Model.ReportTime.Date(DateOnly.FromDateTime(Model.ReportTime.Local(etl.Clock.UtcDateTime, etl.Clock.Zone)), ReportLanguage.English.Culture); // the resubmission's day
        var d71 = MarchOf("D-71").Revisions!;

        Assert.Contains(d11.Rows, r => (string?)r[0] == "February 2024" && (string?)r[1] == English["kpi.stock"]
            && (string?)r[5] == $"the population return for February 2024 (received {received})" && (string?)r[^1] == "population_202402.csv");
        Assert.Empty(d71.Rows);
        Assert.Contains(d11, report.Tables); // the annex is a sheet of the department's workbook
    }

    [Fact]
    public void A_register_that_arrives_later_revises_nothing_in_a_departments_published_month()
    {
        using var etl = Loaded();
        var published = Publish(etl, February, "D-11");
        var recorded = etl.Session.Query("select indicator, value from etl.publication_figures where publication_id = $1",
            r => (r.GetString(0), r.IsDBNull(1) ? (decimal?)null : r.GetDecimal(1)), published.Id).ToDictionary(f => f.Item1, f => f.Item2);
        var figures = HeadlineFigures.Of(etl.Session, "monthly", February.ToString(), "D-11").ToDictionary(f => f.Indicator);

        // From 1 March ЕЦ-166/2 is D-71's; February's members stay those of 29 February.
        etl.Drop("facilities_20240301.csv", EtlHarness.RegisterLines().Select(l => l.StartsWith("ЕЦ-166/2,") ? l.Replace(",D-11,", ",D-71,") : l).ToArray());
        etl.Run();

        Assert.Equal(400m + 250, recorded["stock"]);
        Assert.Empty(RevisionsOf(etl, February, "D-11"));
        Assert.Empty(RevisionsOf(etl, February, "D-71"));
        // Rendered again, February's figures are those published (as printed; the record keeps six decimals).
        var again = HeadlineFigures.Of(etl.Session, "monthly", February.ToString(), "D-11").ToDictionary(f => f.Indicator, f => f.Printed);
        Assert.Equal(recorded.ToDictionary(f => f.Key, f => (figures[f.Key] with { Value = f.Value }).Printed), again);
    }

    [Fact]
    public void A_departments_revisions_name_only_the_production_forms_of_its_own_facilities()
    {
        using var etl = Loaded();
        void Forms(decimal ec, decimal ac)
        {
            ProductionFormFile.Write(Path.Combine(etl.Inbox, "production_ЕЦ-166-1_202402.xlsx"), 1, 1, "ЕЦ-166/1", "02.2024", ProductionFormFile.Branch, ("GR-001", ec));
            ProductionFormFile.Write(Path.Combine(etl.Inbox, "production_АС-221-1_202402.xlsx"), 1, 1, "АС-221/1", "02.2024", ProductionFormFile.Branch, ("GR-001", ac));
            Assert.All(etl.Run().Files, f => Assert.Equal(Etl.Load.FileStatus.Loaded, f.Status));
        }
        Forms(ec: 12_000_000, ac: 6_000_000);
        Publish(etl, February, "D-11");
        Publish(etl, February, "D-71");
        Publish(etl, February, "national");

        Forms(ec: 24_000_000, ac: 9_000_000); // both facilities re-submit with more output

        // Output per employed worker: the output over the 120 employed of each form.
        var d11 = RevisionsOf(etl, February, "D-11")["output_per_employed"];
        var d71 = RevisionsOf(etl, February, "D-71")["output_per_employed"];
        Assert.Equal((12_000_000m / 120, 24_000_000m / 120), (d11.Published, d11.Current));
        Assert.Equal((6_000_000m / 120, 9_000_000m / 120), (d71.Published, d71.Current));
        Assert.Equal(["production_ЕЦ-166-1_202402.xlsx"], d11.Files);
        Assert.Equal(["production_АС-221-1_202402.xlsx"], d71.Files);
        Assert.Equal(["production_АС-221-1_202402.xlsx", "production_ЕЦ-166-1_202402.xlsx"], RevisionsOf(etl, February, "national")["output_per_employed"].Files.Order());
    }

    [Fact]
    public void A_previous_month_revised_since_its_publication_carries_r_in_the_headline_table_and_the_back_page_says_what_r_means()
    {
        using var etl = Loaded();
        Publish(etl, February, "national");
        etl.Drop(PopulationMonth.FileName(February), PopulationMonth.Lines(February, Stocks(ec1661: 410))); // February re-submitted: 1,260 held, not 1,250
        etl.Run();

        var folder = Path.Combine(etl.DataDir, "march");
        var file = new MonthlyReportWriter(etl.Session, etl.Clock).Write(March, ReportLanguage.English, new HashSet<string> { "pdf", "xlsx" }, folder).Files;
        var report = new MonthlyReportBuilder(etl.Session, etl.Clock).Build(March, ReportLanguage.English, null, RevisionsAnnex.Read(etl.Session, March, English, "national"));
        object? PreviousMonth(string key) => report.Summary.Rows.Single(r => (string?)r[0] == English[CorrAnalytics.Reports.Common.Indicators.IndicatorCatalogue.Get(key).LabelKey])[2];

        Assert.Equal(new Model.KindedValue(400m + 250 + 600 + 10, Model.ValueKind.Integer) { Flag = "r" }, PreviousMonth("stock"));
        Assert.Equal(new Model.KindedValue(500m + 300 + 800, Model.ValueKind.Integer), PreviousMonth("capacity")); // not revised: no flag
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(file.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.Contains(pages, p => p.Contains("1,260 r", StringComparison.Ordinal));
        Assert.Contains(English["back.symbol.revised"], pages[^1]);
    }
}
