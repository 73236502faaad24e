using CorrAnalytics.Cli.Tests.Support;
using Xunit.Abstractions;

namespace CorrAnalytics.Cli.Tests.Commands;

public class RevertTests(ITestOutputHelper output)
{
    private static long Population(string dataDir, string month) => WarehouseQuery.Scalar(dataDir,
        $"select coalesce(sum(held_total), 0) from core.fact_population_daily where strftime(date, '%Y-%m') = '{month}'");

    /// <summary>A two-month sample loaded; the inbox and February's population file as it was sent.</summary>
    private static (string Inbox, string Good) Loaded(TempDataDir data)
    {
        var inbox = Path.Combine(data.Path, "inbox");
        Assert.Equal(0, CorrRun.Run("sample", "--out", inbox, "--from", "2024-01", "--to", "2024-02", "--seed", "3").ExitCode);
        var good = File.ReadAllText(Path.Combine(inbox, "population_202402.csv"));
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        return (inbox, good);
    }

    [Fact]
    public void A_bad_load_is_taken_out_and_its_slice_gets_back_what_it_held_recorded_as_a_batch()
    {
        using var data = new TempDataDir();
        var (inbox, good) = Loaded(data);
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
        Assert.Matches($@"Its slice holds what population_202402\.csv loaded again \(batch {original}'s rows, from the history tables\), as batch \d+ \([\d,]+ rows\)", revert.Output);
        Assert.Equal(before, Population(data.Path, "2024-02"));
        Assert.Equal(1, WarehouseQuery.Scalar(data.Path, "select count(*) from etl.batches where file_name like 'revert of batch % (population_202402.csv)' and status = 'loaded' and rows_loaded > 0"));
        Assert.Equal(0, CorrRun.Run("check", "--data", data.Path).ExitCode);

        // The first month ever loaded replaced nothing: taking it out leaves the month empty.
        var january = CorrRun.Run("etl", "revert", "--data", data.Path, "--file", "population_202401.csv");
        Assert.True(january.ExitCode == 0, january.Error);
        Assert.Contains("its slice is empty now", january.Output);
        Assert.Equal(0, Population(data.Path, "2024-01"));
        Assert.Contains("0 rejected", CorrRun.Run("etl", "rejects", "--data", data.Path, "--file", "population_202401").Output);
    }

    /// <summary>
    /// SIGKILL during <c>corr etl revert</c> (issue #32): at every point the slice holds either the bad
    /// file's rows (untouched) or the earlier file's (reverted), never nothing; a revert run again
    /// after a kill that left it untouched completes it.
    /// </summary>
    [Fact]
    public async Task A_revert_killed_at_any_point_leaves_the_slice_reverted_or_untouched()
    {
        using var data = new TempDataDir();
        var (inbox, good) = Loaded(data);
        var reverted = Population(data.Path, "2024-02");
        PopulationResubmission.OneMorePerRow(inbox, "population_202402.csv", good);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);
        var untouched = Population(data.Path, "2024-02");
        var database = Path.Combine(data.Path, "warehouse.duckdb");
        var template = database + ".before-revert";
        File.Copy(database, template);
        Assert.False(File.Exists(database + ".wal"), "the load closed the warehouse checkpointed");

        // How long a whole revert takes from when it holds the warehouse: the kills land anywhere in that span.
        var span = System.Diagnostics.Stopwatch.StartNew();
        using (var whole = CorrProcess.Start(null, "etl", "revert", "--data", data.Path, "--file", "population_202402.csv"))
        {
            Assert.True(await whole.Until(() => File.Exists(database + ".holder.json")));
            span.Restart();
            Assert.Equal(0, (await whole.Finished()).ExitCode);
        }
        var took = (int)span.ElapsedMilliseconds;
        output.WriteLine($"a revert holds the warehouse for {took} ms");

        var random = new Random(32);
        var seen = new List<string>();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            File.Copy(template, database, overwrite: true);
            using (var revert = CorrProcess.Start(null, "etl", "revert", "--data", data.Path, "--file", "population_202402.csv"))
            {
                if (await revert.Until(() => File.Exists(database + ".holder.json")))
                {
                    await Task.Delay(took * attempt / 10 + random.Next(0, Math.Max(1, took / 10))); // from opening through the transaction and the marts to done
                    revert.Kill();
                }
            }
            var now = Population(data.Path, "2024-02");
            var revertBatches = WarehouseQuery.Scalar(data.Path, "select count(*) from etl.batches where file_name like 'revert of batch %'");
            seen.Add(now == reverted ? "reverted" : now == untouched ? "untouched" : $"neither ({now})");
            Assert.True(now == reverted && revertBatches == 1 || now == untouched && revertBatches == 0,
                $"attempt {attempt}: February holds {now} with {revertBatches} revert batch(es); reverted {reverted}, untouched {untouched}");
            if (now == untouched) // the revert converges when it is run again
            {
                var again = CorrRun.Run("etl", "revert", "--data", data.Path, "--file", "population_202402.csv");
                Assert.True(again.ExitCode == 0, again.Error + again.Output);
                Assert.Equal(reverted, Population(data.Path, "2024-02"));
            }
            Assert.Equal(0, CorrRun.Run("check", "--data", data.Path).ExitCode);
        }
        output.WriteLine($"after each kill: {string.Join(", ", seen)}");
        Assert.Contains("untouched", seen); // the kills landed before the commit as well as after it
        Assert.Contains("reverted", seen);
    }
}
