using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

public class RevertTests
{
    private static long Population(string dataDir, string month) => WarehouseQuery.Scalar(dataDir,
        $"select coalesce(sum(held_total), 0) from core.fact_population_daily where strftime(date, '%Y-%m') = '{month}'");

    [Fact]
    public void A_bad_load_is_taken_out_and_its_slice_gets_back_what_it_held_recorded_as_a_batch()
    {
        using var data = new TempDataDir();
        var inbox = Path.Combine(data.Path, "inbox");
        Assert.Equal(0, CorrRun.Run("sample", "--out", inbox, "--from", "2024-01", "--to", "2024-02", "--seed", "3").ExitCode);
        var good = File.ReadAllText(Path.Combine(inbox, "population_202402.csv"));
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        var before = Population(data.Path, "2024-02");
        var original = WarehouseQuery.Scalar(data.Path, "select batch_id from etl.batches where file_name = 'population_202402.csv' and status = 'loaded'");

        // The department sends February again with one more sentenced prisoner on every row by mistake.
        var lines = PopulationResubmission.OneMorePerRow(inbox, "population_202402.csv", good);
        var bad = CorrRun.Run("etl", "run", "--data", data.Path);
        Assert.True(bad.ExitCode == 0, bad.Error + bad.Output);
        Assert.Equal(before + lines.Length - 1, Population(data.Path, "2024-02"));

        var stale = CorrRun.Run("etl", "revert", "--data", data.Path, "--batch", original.ToString());
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains($"nothing reverted: batch {original} (population_202402.csv) was replaced by batch", stale.Error);
        var register = CorrRun.Run("etl", "revert", "--data", data.Path, "--file", "facilities_20240101.csv");
        Assert.Equal(1, register.ExitCode);
        Assert.Contains("registers are not reverted", register.Error);

        var revert = CorrRun.Run("etl", "revert", "--data", data.Path, "--file", "population_202402.csv");

        Assert.True(revert.ExitCode == 0, revert.Error);
        Assert.Matches(@"Its slice holds population_202402\.csv again, from the archive, as batch \d+", revert.Output);
        Assert.Equal(before, Population(data.Path, "2024-02"));
        Assert.Equal(1, WarehouseQuery.Scalar(data.Path, "select count(*) from etl.batches where file_name like 'revert of batch % (population_202402.csv)' and status = 'replaced'"));
        Assert.Equal(0, CorrRun.Run("check", "--data", data.Path).ExitCode);

        // The first month ever loaded replaced nothing: taking it out leaves the month empty.
        var january = CorrRun.Run("etl", "revert", "--data", data.Path, "--file", "population_202401.csv");
        Assert.True(january.ExitCode == 0, january.Error);
        Assert.Contains("its slice is empty now", january.Output);
        Assert.Equal(0, Population(data.Path, "2024-01"));
        Assert.Contains("0 rejected", CorrRun.Run("etl", "rejects", "--data", data.Path, "--file", "population_202401").Output);
    }
}
