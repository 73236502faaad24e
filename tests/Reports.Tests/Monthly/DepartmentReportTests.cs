using CorrAnalytics.TestSupport;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Production;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Tests.Monthly;

/// <summary>
/// A department's report on the hand-made warehouse: D-11 runs А-1 and Б-2 (Akmola), D-71 runs В-3
/// (Astana). Its figures are the national computation restricted to those facilities, worked out here.
/// </summary>
public class DepartmentReportTests
{
    private static readonly YearMonth October = new(2026, 10);

    private static MonthlyReport Build(HandMadeWarehouse warehouse, string department) =>
        ReportScope.Render(warehouse.Session, department, October, ReportLanguage.English,
            scope => new MonthlyReportBuilder(warehouse.Session, TestClock.Running()).Build(October, ReportLanguage.English, scope));

    private static decimal Population(HandMadeWarehouse warehouse, string region) =>
        warehouse.Session.Scalar<decimal>("select population from core.region_population where region_code = $1 and year = 2026", region);

    [Fact]
    public void A_departments_figures_are_those_of_its_facilities_with_the_republics_beside()
    {
        using var warehouse = new HandMadeWarehouse();
        var akmola = Build(warehouse, "D-11");

        const decimal stock = 100 + 150, capacity = 100 + 200, adp = (30 * 240 + 250) / 31m;
        var expected = new Dictionary<string, decimal>
        {
            ["stock"] = stock,
            ["adp"] = adp,
            ["capacity"] = capacity,
            ["density_pct"] = stock * 100 / capacity,
            ["rate_per_100k"] = stock * 100_000 / Population(warehouse, "KZ-11"),    // on the department's regions only
            ["pretrial_pct"] = 15 * 100m / stock,
            ["women_pct"] = 0,
            ["vacancy_pct"] = (120 - 106) * 100m / 120,                                // both staffing rows are D-11's
            ["plan_fulfilment_pct"] = 1_450_000m * 100 / 1_500_000m,                  // both production rows too
        };
        foreach (var (key, value) in expected)
            Assert.True(Math.Abs(akmola.Indicator(key).Value!.Value - value) < 0.0001m, $"{key}: {akmola.Indicator(key).Value} ≠ {value}");
        Assert.Equal(100 + 150 + 60, akmola.Indicator("stock").National);
        Assert.Equal(["Akmola Region"], akmola.Regions.Rows.Select(r => (string)r[0]!));
        Assert.Contains(akmola.Labels["col.national"], akmola.Summary.Columns.Select(c => c.Header));
        Assert.StartsWith(akmola.Labels["title.monthly"] + " — ", akmola.Title);

        var astana = Build(warehouse, "D-71");
        Assert.Equal(60, astana.Indicator("stock").Value);
        Assert.Equal(30 * 100m / 60, astana.Indicator("pretrial_pct").Value!.Value, 4);
    }

    [Fact]
    public void The_session_is_back_in_the_whole_warehouse_after_a_departments_report()
    {
        using var warehouse = new HandMadeWarehouse();
        Build(warehouse, "D-11");

        var national = new MonthlyReportBuilder(warehouse.Session, TestClock.Running()).Build(October, ReportLanguage.English);
        Assert.Equal(310, national.Indicator("stock").Value);
        Assert.Null(national.Indicator("stock").National);
    }

    [Fact]
    public void A_department_without_facilities_and_an_unknown_one_are_refused_by_name()
    {
        using var warehouse = new HandMadeWarehouse();

        var empty = Assert.Throws<ReportDataException>(() => Build(warehouse, "D-35"));
        var unknown = Assert.Throws<ReportDataException>(() => Build(warehouse, "D-99"));

        Assert.Equal("Department D-35 runs no facility at the end of 2026-10: there is nothing to report for it.", empty.Message);
        Assert.StartsWith("There is no department D-99", unknown.Message);
    }

    [Fact]
    public void A_departments_files_and_manifest_carry_its_code()
    {
        using var warehouse = new HandMadeWarehouse();
        var folder = Path.Combine(warehouse.DataDir, "out");

        var monthly = new MonthlyReportWriter(warehouse.Session, TestClock.Running()).Write(October, ReportLanguage.English, new HashSet<string> { "pdf", "xlsx" }, folder, "D-11");
        var production = new ProductionReportWriter(warehouse.Session, TestClock.Running()).Write(October, ReportLanguage.English, new HashSet<string> { "xlsx" }, folder, "D-11");

        Assert.Equal(["monthly_2026-10_D-11_en.pdf", "monthly_2026-10_D-11_en.xlsx"], monthly.Files.Select(Path.GetFileName));
        Assert.Equal("manifest_2026-10_D-11_en.json", Path.GetFileName(monthly.Manifest));
        Assert.Equal("D-11", ReportManifest.Read(monthly.Manifest).Scope);
        Assert.Equal(["production_2026-10_D-11_en.xlsx"], production.Files.Select(Path.GetFileName));
    }
}
