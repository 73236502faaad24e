using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

public class EtlCommandTests
{
    [Fact]
    public void Sample_then_etl_run_loads_everything_and_batches_and_rejects_report_it()
    {
        using var data = new TempDataDir();
        var inbox = Path.Combine(data.Path, "inbox");

        var sample = CorrRun.Run("sample", "--out", inbox, "--from", "2024-01", "--to", "2024-03", "--defects", "0.001", "--seed", "5");
        CorrRun.Run("init", "--data", data.Path);
        var run = CorrRun.Run("etl", "run", "--data", data.Path);
        var batches = CorrRun.Run("etl", "batches", "--data", data.Path, "--last", "500");
        var rejects = CorrRun.Run("etl", "rejects", "--data", data.Path, "--limit", "1000");
        var status = CorrRun.Run("status", "--data", data.Path);

        Assert.Equal(0, sample.ExitCode);
        Assert.Contains("defects.json", sample.Output);
        Assert.True(run.ExitCode == 1, run.Error + run.Output); // the defects refuse some files: the run says so
        Assert.Matches(@"\d+ file\(s\) quarantined and 0 failed \(", run.Error);
        Assert.Matches(@"\d+ loaded, 0 duplicate, \d+ quarantined, 0 failed", run.Output);
        Assert.Contains("population-report_final.csv", run.Output);
        Assert.Contains("quarantined", batches.Output);
        Assert.Contains("UNKNOWN_FACILITY", rejects.Output);
        Assert.Contains("ЖЖ-999/9", rejects.Output);
        Assert.Contains("FORMULA_TEXT", rejects.Output);
        Assert.Empty(Directory.GetFiles(inbox, "*.csv"));
        Assert.Equal(0, status.ExitCode);
        Assert.Matches(@"population\s+│\s+2024-02", status.Output); // March came truncated and was refused
        Assert.Matches(@"Quarantined files: [1-9]\d* \(corr etl quarantine\); failed loads: 0; batches whose rows read ≠ loaded \+ rejected: 0\.", status.Output);
    }

    [Fact]
    public void Sample_with_a_bad_month_is_bad_usage_with_one_line()
    {
        var outcome = CorrRun.Run("sample", "--out", "/tmp/never", "--from", "2024-13");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--from: '2024-13' is not a month", outcome.Error);
        Assert.Single(outcome.Error.Trim().Split('\n'));
    }

    [Fact]
    public void A_run_whose_files_all_load_exits_0_and_one_with_a_refused_file_exits_1_naming_it()
    {
        using var data = new TempDataDir();
        var inbox = Path.Combine(data.Path, "inbox");
        Assert.Equal(0, CorrRun.Run("sample", "--out", inbox, "--from", "2024-01", "--to", "2024-01", "--seed", "3").ExitCode);
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);

        File.WriteAllText(Path.Combine(inbox, "population_202401.csv"), "not,the,header\n1,2,3\n");
        var refused = CorrRun.Run("etl", "run", "--data", data.Path);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("1 file(s) quarantined and 0 failed (population_202401.csv)", refused.Error);
    }

    [Fact]
    public void A_mistyped_inbox_is_an_error_and_creates_nothing()
    {
        using var data = new TempDataDir();
        var missing = Path.Combine(data.Path, "inbxo");

        var run = CorrRun.Run("etl", "run", "--data", data.Path, "--inbox", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
        Assert.False(File.Exists(Path.Combine(data.Path, "warehouse.duckdb")));
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Commands_other_than_init_and_demo_refuse_a_folder_with_no_warehouse_naming_corr_init()
    {
        using var data = new TempDataDir();
        Directory.CreateDirectory(Path.Combine(data.Path, "inbox"));

        foreach (var command in new[] { new[] { "etl", "run" }, ["etl", "batches"], ["status"], ["check"], ["schedule", "run", "--once", "ingest"] })
        {
            var outcome = CorrRun.Run([.. command, "--data", data.Path]);
            Assert.True(outcome.ExitCode == 1, $"{string.Join(' ', command)}: {outcome.ExitCode} {outcome.Error}");
            Assert.Contains("Run 'corr init' first", outcome.Error);
        }
        Assert.False(File.Exists(Path.Combine(data.Path, "warehouse.duckdb")));
    }
}
