using CorrAnalytics.Cli.Tests.Support;
using CorrAnalytics.Etl.Common;

namespace CorrAnalytics.Cli.Tests.Commands;

public class BatchFilterTests
{
    [Fact]
    public void Batches_and_rejects_filter_by_kind_status_period_and_file_and_name_columns_as_the_file_does()
    {
        using var data = new TempDataDir();
        var inbox = Path.Combine(data.Path, "inbox");
        Assert.Equal(0, CorrRun.Run("sample", "--out", inbox, "--from", "2024-01", "--to", "2024-02", "--seed", "3").ExitCode);
        var exec = Path.Combine(inbox, "budget_exec_202402.csv");
        var lines = SourceFormats.Windows1251.GetString(File.ReadAllBytes(exec)).Split('\n');
        var fields = lines[5].Split(';');
        fields[6] = "abc"; // Сумма
        lines[5] = string.Join(';', fields);
        File.WriteAllBytes(exec, SourceFormats.Windows1251.GetBytes(string.Join('\n', lines)));
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);

        var population = CorrRun.Run("etl", "batches", "--data", data.Path, "--kind", "population", "--period", "2024-02");
        Assert.Equal(0, population.ExitCode);
        Assert.Contains("population_202402.csv", population.Output);
        Assert.DoesNotContain("population_202401.csv", population.Output);
        Assert.DoesNotContain("production_", population.Output);
        Assert.Contains("the latest 1 that match shown", population.Output);
        Assert.Matches(@"population_202402\.csv[^\n]+│ [0-9a-f]{12}\s+│ [0-9a-f]{2}/[0-9a-f]{20}", population.Output);

        var year = CorrRun.Run("etl", "batches", "--data", data.Path, "--file", "BUDGET_PLAN", "--period", "2024");
        Assert.Contains("budget_plan_2024.csv", year.Output);
        Assert.Contains("the latest 0 that match shown", CorrRun.Run("etl", "batches", "--data", data.Path, "--status", "quarantined").Output);

        var rejects = CorrRun.Run("etl", "rejects", "--data", data.Path, "--kind", "budget_exec", "--period", "2024-02");
        Assert.Equal(0, rejects.ExitCode);
        Assert.Matches(@"budget_exec_202402\.csv\s+│ 6\s+│ Сумма\s+│ abc", rejects.Output);
        Assert.Contains("1 rejected row(s)", rejects.Output);
        Assert.Contains("0 rejected row(s)", CorrRun.Run("etl", "rejects", "--data", data.Path, "--kind", "population").Output);
        var bad = CorrRun.Run("etl", "batches", "--data", data.Path, "--kind", "payments");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--kind 'payments' is not a file kind", bad.Error);
    }
}
