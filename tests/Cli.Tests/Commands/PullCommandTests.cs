using CorrAnalytics.Cli.Tests.Support;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary><c>corr etl pull</c> against a throwaway PostgreSQL server, configured by CORR__SOURCES__… variables.</summary>
public class PullCommandTests
{
    [Fact]
    public async Task Etl_pull_loads_a_sources_changed_months_says_so_and_a_second_pull_finds_nothing()
    {
        using var postgres = PostgresTestServer.Start();
        postgres.Execute("""
            create table headcount (facility text, day date, total int, sentenced int, pretrial int, women int, juveniles int, foreigners int, changed bigint);
            insert into headcount values
                ('ЕЦ-166/1', '2024-01-01', 400, 398, 2, 0, 0, 12, 1), ('ЕЦ-166/1', '2024-01-02', 401, 300, 2, 0, 0, 12, 2),
                ('ЕЦ-166/2', '2024-01-01', 250, 250, 0, 250, 0, 0, 3), ('ЕЦ-166/2', '2024-01-02', 250, 250, 0, 250, 0, 0, 4),
                ('ЕЦ-166/1', '2024-02-01', 410, 408, 2, 0, 0, 12, 5), ('ЕЦ-166/2', '2024-02-01', 260, 260, 0, 260, 0, 0, 6);
            """);
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        File.WriteAllLines(Path.Combine(data.Path, "inbox", "facilities_20240101.csv"), EtlHarness.RegisterLines());
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        var settings = new Dictionary<string, string>
        {
            ["CORR__REJECTTHRESHOLD"] = "0.5",
            ["CORR__SOURCES__ACCOUNTING__KIND"] = "population",
            ["CORR__SOURCES__ACCOUNTING__CONNECTIONSTRING"] = postgres.ConnectionString,
            ["CORR__SOURCES__ACCOUNTING__QUERY"] = "select facility as facility_code, day as date, total as held_total, sentenced as held_sentenced, pretrial as held_pretrial, " +
                                                   "women, juveniles, foreigners, changed from headcount where changed > @since",
            ["CORR__SOURCES__ACCOUNTING__WATERMARKCOLUMN"] = "changed",
        };
        async Task<CorrOutcome> Corr(params string[] args)
        {
            using var run = CorrProcess.Start(settings, [.. args, "--data", data.Path]);
            return await run.Finished();
        }

        var first = await Corr("etl", "pull");
        var again = await Corr("etl", "pull", "--source", "accounting");
        var rejects = await Corr("etl", "rejects");

        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        Assert.Contains("accounting: 6 row(s) changed between -infinity and 6; slice(s) 202401, 202402 read again whole: 2 loaded", first.Output);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("accounting: nothing changed since watermark 6.", again.Output);
        Assert.Contains("ЕЦ-166/1 2024-01-02", rejects.Output);                      // the rejected row by its key
        Assert.Equal(5, WarehouseQuery.Scalar(data.Path, "select count(*) from core.fact_population_daily"));
        var unknown = await Corr("etl", "pull", "--source", "registry");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no source 'registry'; the sources are: accounting.", unknown.Error);
    }
}
