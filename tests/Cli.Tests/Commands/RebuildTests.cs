using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary>
/// corr etl rebuild (issue #32): a warehouse lost, its archive kept. The archive alone gives a new
/// warehouse with the same figures, rejects, refusals, history and revisions, and the same batch
/// numbers, so the same answers as of any data version, compared query by query.
/// </summary>
public class RebuildTests
{
    private static List<string> Rows(string dataDir, string sql) =>
        WarehouseQuery.Rows(dataDir, sql, r => r.GetString(0));

    [Fact]
    public void A_warehouse_rebuilt_from_the_archive_alone_has_the_originals_figures_rejects_and_history()
    {
        using var data = new TempDataDir();
        using var rebuilt = new TempDataDir();
        var inbox = Path.Combine(data.Path, "inbox");
        Assert.Equal(0, CorrRun.Run("sample", "--out", inbox, "--from", "2024-01", "--to", "2024-03", "--seed", "7").ExitCode);
        var good = File.ReadAllText(Path.Combine(inbox, "population_202402.csv"));
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        // February sent again wrongly and reverted; March's movements sent again, corrected; a file that cannot load.
        PopulationResubmission.OneMorePerRow(inbox, "population_202402.csv", good);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "revert", "--data", data.Path, "--file", "population_202402.csv").ExitCode);
        File.WriteAllText(Path.Combine(inbox, "movements_202403.csv"), "facility_code;date;movement;count\n");
        CorrRun.Run("etl", "run", "--data", data.Path);

        var rebuild = CorrRun.Run("etl", "rebuild", "--data", rebuilt.Path, "--from-archive", Path.Combine(data.Path, "archive"));

        Assert.True(rebuild.ExitCode == 0, rebuild.Error + rebuild.Output);
        Assert.Matches(@"1 revert\(s\) done again", rebuild.Output);
        Assert.Equal(WarehouseFingerprint.Of(data.Path), WarehouseFingerprint.Of(rebuilt.Path));
        string[] queries =
        [
            "select file_name || ' ' || coalesce(line::varchar, cell, '') || ' ' || coalesce(column_name, '') || ' ' || rule_code from etl.rejects order by all",
            "select status || ' ×' || count(*) from etl.batches where file_name not like 'revert of %' group by status order by all",
            // the same batch numbers for the same files: a data version (an --as-of batch) means the same point in both
            "select batch_id::varchar || ' ' || file_name || ' ' || kind || ' ' || coalesce(slice, '') || ' ' || status || ' ' || rows_loaded::varchar from etl.batches order by batch_id",
            "select count(*)::varchar || ' ' || coalesce(sum(held_total), 0)::varchar from history.fact_population_daily",
            "select strftime(month, '%Y-%m') || ' ' || coalesce(stock::varchar, '..') || ' ' || coalesce(adp::varchar, '..') from marts.mart_national_monthly order by month",
        ];
        foreach (var sql in queries)
            Assert.Equal(Rows(data.Path, sql), Rows(rebuilt.Path, sql));
        Assert.Equal(0, CorrRun.Run("check", "--data", rebuilt.Path).ExitCode);

        var again = CorrRun.Run("etl", "rebuild", "--data", rebuilt.Path, "--from-archive", Path.Combine(data.Path, "archive"));
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("holds a warehouse already", again.Error);
    }
}
