using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Tests.Support;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Checks;
using CorrAnalytics.Warehouse.History;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Tests.Monthly;

/// <summary>
/// A register that closes a facility after its facts were loaded (#30): ЕЦ-166/2 (250 a day) closes on
/// 15 February 2024, but February's population file came first. Its rows from the 15th on leave the
/// figures and are rejected rows of that file, with their lines, as if the register had come first.
/// The figures are worked out here from the daily stocks: ЕЦ-166/1 400, ЕЦ-166/2 250, АС-221/1 600.
/// </summary>
public class ClosureAfterFactsTests
{
    private static readonly YearMonth February = new(2024, 2);
    private static readonly DateOnly Closure = new(2024, 2, 15);
    private static readonly (string, int)[] Stocks = [("ЕЦ-166/1", 400), ("ЕЦ-166/2", 250), ("АС-221/1", 600)];

    private static string[] Population => PopulationMonth.Lines(February, Stocks);

    private static string[] ClosingRegister() =>
        EtlHarness.RegisterLines().Select(l => l.StartsWith("ЕЦ-166/2,") ? l + Closure.ToString("yyyy-MM-dd") : l).ToArray();

    private static EtlHarness Load(bool registerFirst)
    {
        var etl = new EtlHarness { RejectThreshold = 0.5 }.Register();
        if (registerFirst)
            etl.Drop("facilities_20240201.csv", ClosingRegister());
        else
            etl.Drop(PopulationMonth.FileName(February), Population);
        Assert.All(etl.Run().Files, f => Assert.Equal(Etl.Load.FileStatus.Loaded, f.Status));
        if (registerFirst)
            etl.Drop(PopulationMonth.FileName(February), Population);
        else
            etl.Drop("facilities_20240201.csv", ClosingRegister());
        etl.Result = etl.Run();
        Assert.All(etl.Result.Files, f => Assert.Equal(Etl.Load.FileStatus.Loaded, f.Status));
        return etl;
    }

    /// <summary>The lines of the population file (line 1 is the header) that hold ЕЦ-166/2 from the closure on.</summary>
    private static List<int> LinesAfterClosure() =>
        Population.Select((line, i) => (Fields: line.Split(','), Line: i + 1))
            .Where(l => l.Fields[0] == "ЕЦ-166/2" && DateOnly.TryParse(l.Fields[1], out var day) && day >= Closure).Select(l => l.Line).ToList();

    private static MonthlyReport Report(EtlHarness etl) =>
        ReportScope.Render(etl.Session, null, February, ReportLanguage.English,
            scope => new MonthlyReportBuilder(etl.Session, etl.Clock).Build(February, ReportLanguage.English, scope));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_days_after_a_closure_leave_the_figures_and_are_rejected_with_file_and_line_whichever_arrives_first(bool registerFirst)
    {
        using var etl = Load(registerFirst);

        var report = Report(etl);
        Assert.Equal(400m + 600, report.Indicator("stock").Value); // the 29th: ЕЦ-166/2 closed
        Assert.Equal((400m * 29 + 250 * 14 + 600 * 29) / 29, report.Indicator("adp").Value!.Value, 6);
        Assert.Equal(14, etl.Count("select count(*) from core.fact_population_daily where facility_code = 'ЕЦ-166/2'"));
        var rejects = etl.Rejects("population_202402.csv");
        Assert.Equal(LinesAfterClosure(), rejects.Select(r => r.Line!.Value));
        Assert.All(rejects, r => Assert.Equal(("facility_code", "FACILITY_NOT_OPEN"), (r.Column, r.Rule)));
        Assert.Equal((3L * 29, 3L * 29 - 15, 15L), etl.Session.Query(
            "select rows_read, rows_loaded, rows_rejected from etl.batches where file_name = 'population_202402.csv' and status = 'loaded'",
            r => (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2))).Single());
        Assert.Equal(["ЕЦ-166/2"], etl.Session.Query("select distinct facility_code from etl.rejects where file_name = 'population_202402.csv'", r => r.GetString(0)));
        Assert.True(new CheckRunner(etl.Session, etl.Clock).Run().Results.Single(c => c.Name == "facts_outside_facility_life").Passed);
    }

    [Fact]
    public void The_rows_set_aside_are_kept_and_the_warehouse_as_of_before_the_register_still_has_them()
    {
        using var etl = Load(registerFirst: false);
        var population = etl.Session.Scalar<long>("select batch_id from etl.batches where file_name = 'population_202402.csv'");

        Assert.Contains("facilities_20240201.csv", etl.Rejects("population_202402.csv")[0].Message);
        Assert.StartsWith("set aside 15 row(s) of earlier files", etl.Result!.Files.Single(f => f.Kind == "facilities").Message);
        using (AsOfWarehouse.Enter(etl.Session, population))
            Assert.Equal(29, etl.Count("select count(*) from core.fact_population_daily where facility_code = 'ЕЦ-166/2'"));
        Assert.Equal(15, etl.Count("select count(*) from history.fact_population_daily where facility_code = 'ЕЦ-166/2'"));
    }

    [Fact]
    public void The_check_fails_while_a_fact_lies_after_its_facilitys_closure()
    {
        using var etl = Load(registerFirst: true);
        etl.Session.Execute("insert into core.fact_population_daily select facility_code, date '2024-02-20', 1, 1, 0, 0, 0, 0, batch_id from core.fact_population_daily where facility_code = 'ЕЦ-166/2' limit 1");

        var check = new CheckRunner(etl.Session, etl.Clock).Run().Results.Single(c => c.Name == "facts_outside_facility_life");

        Assert.False(check.Passed);
        Assert.Equal(1, check.Violations);
    }

    /// <summary>A register of March that withdraws the closure: ЕЦ-166/2 is open all February again.</summary>
    private static EtlHarness Reopen(EtlHarness etl)
    {
        etl.Drop("facilities_20240301.csv", EtlHarness.RegisterLines());
        etl.Result = etl.Run();
        return etl;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_register_that_withdraws_the_closure_brings_the_refused_days_back_whichever_arrived_first(bool registerFirst)
    {
        using var etl = Reopen(Load(registerFirst));

        var report = Report(etl);
        Assert.Equal(400m + 250 + 600, report.Indicator("stock").Value);
        Assert.Equal(400m + 250 + 600, report.Indicator("adp").Value!.Value, 6);
        Assert.Equal(29, etl.Count("select count(*) from core.fact_population_daily where facility_code = 'ЕЦ-166/2'"));
        var population = etl.Result!.Files.Single(f => f.FileName == "population_202402.csv");
        Assert.Equal((Etl.Load.FileStatus.Loaded, 3L * 29, 3L * 29, 0L), (population.Status, population.Read, population.Loaded, population.Rejected));
        Assert.StartsWith("loaded again from the archive: the register now opens ЕЦ-166/2", population.Message);
        Assert.Equal(["loaded", "replaced"], etl.Session.Query(
            "select status from etl.batches where file_name = 'population_202402.csv' order by batch_id desc", r => r.GetString(0)));
        Assert.True(new CheckRunner(etl.Session, etl.Clock).Run().Results.Single(c => c.Name == "facts_outside_facility_life").Passed);
    }

    [Fact]
    public void The_warehouse_between_the_closing_and_the_reopening_register_keeps_the_closure()
    {
        using var etl = Load(registerFirst: false);
        var closing = etl.Session.Scalar<long>("select max(batch_id) from etl.batches");
        Reopen(etl);

        using (AsOfWarehouse.Enter(etl.Session, closing))
            Assert.Equal(14, etl.Count("select count(*) from core.fact_population_daily where facility_code = 'ЕЦ-166/2'"));
        Assert.Equal(29, etl.Count("select count(*) from core.fact_population_daily where facility_code = 'ЕЦ-166/2'"));
    }

    [Fact]
    public void A_file_comes_back_once_and_a_register_that_keeps_the_closure_brings_nothing_back()
    {
        using var etl = Load(registerFirst: false);
        etl.Drop("facilities_20240301.csv", ClosingRegister());
        Assert.DoesNotContain(etl.Run().Files, f => f.FileName == "population_202402.csv");

        etl.Drop("facilities_20240401.csv", EtlHarness.RegisterLines());
        Assert.Single(etl.Run().Files, f => f.FileName == "population_202402.csv");
        etl.Drop("facilities_20240501.csv", EtlHarness.RegisterLines());
        Assert.DoesNotContain(etl.Run().Files, f => f.FileName == "population_202402.csv");
        Assert.Equal(1, etl.Count("select count(*) from etl.batches where file_name = 'population_202402.csv' and status = 'loaded'"));
    }
}
