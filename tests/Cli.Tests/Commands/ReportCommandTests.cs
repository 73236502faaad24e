using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

public class ReportCommandTests
{
    [Fact]
    public void Report_commands_write_their_files_and_refuse_bad_periods_clearly()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("sample", "--out", Path.Combine(data.Path, "inbox"), "--from", "2024-01", "--to", "2024-03").ExitCode);
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        Assert.Equal(0, CorrRun.Run("etl", "run", "--data", data.Path).ExitCode);

        var monthly = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-03", "--lang", "en", "--format", "pdf");
        var production = CorrRun.Run("report", "production", "--data", data.Path, "--period", "2024-03", "--lang", "kk", "--format", "xlsx");
        var budget = CorrRun.Run("report", "budget", "--data", data.Path, "--year", "2025", "--lang", "ru");
        var empty = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2030-01", "--lang", "en");
        var badPeriod = CorrRun.Run("report", "monthly", "--data", data.Path, "--period", "2024-13");
        var badLanguage = CorrRun.Run("report", "production", "--data", data.Path, "--period", "2024-03", "--lang", "de");

        Assert.Equal(0, monthly.ExitCode);
        Assert.True(File.Exists(Path.Combine(data.Path, "reports", "monthly", "2024-03", "monthly_2024-03_en.pdf")));
        Assert.True(File.Exists(Path.Combine(data.Path, "reports", "monthly", "2024-03", "manifest_2024-03_en.json")));
        Assert.Equal(0, production.ExitCode);
        Assert.True(File.Exists(Path.Combine(data.Path, "reports", "production", "2024-03", "production_2024-03_kk.xlsx")));
        Assert.Equal(0, budget.ExitCode);
        Assert.True(File.Exists(Path.Combine(data.Path, "reports", "budget", "2025", "budget_2025_ru.xlsx")));
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("no data for 2030-01", empty.Error);
        Assert.Equal(2, badPeriod.ExitCode);
        Assert.Contains("--period '2024-13' is not a month", badPeriod.Error);
        Assert.Equal(2, badLanguage.ExitCode);
    }

    [Fact]
    public void Every_command_has_help_with_an_example()
    {
        foreach (var command in new[] { new[] { "init" }, ["sample"], ["etl", "run"], ["etl", "batches"], ["etl", "rejects"], ["check"], ["status"],
                     ["report", "monthly"], ["report", "production"], ["report", "budget"], ["schedule", "run"], ["schedule", "list"], ["demo"], ["bench"] })
        {
            var help = CorrRun.Run([.. command, "--help"]);
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("EXAMPLES", help.Output);
        }
    }
}
