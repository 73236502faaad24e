using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary>Bad usage: exit 2 and one plain sentence naming the option, with an example; help that lists what every command takes.</summary>
public class UsageTests(LoadedQuarter warehouse) : IClassFixture<LoadedQuarter>
{
    [Theory]
    [InlineData("--last -3 is not a number of batches", "etl", "batches", "--last", "-3")]
    [InlineData("--year '2025-01' is not a year: write it with four digits, e.g. --year 2027", "report", "budget", "--year", "2025-01")]
    [InlineData("--year '27' is not a year", "report", "budget", "--year", "27")]
    [InlineData("--period needs a month, e.g. --period 2026-10", "report", "monthly", "--period")]
    [InlineData("--lang 'de' is not kk, ru or en", "report", "production", "--period", "2024-03", "--lang", "DE")]
    [InlineData("there is no batch 99999; 'corr etl batches' lists them", "etl", "rejects", "--batch", "99999")]
    [InlineData("--out '/proc/corr/out' cannot be created", "report", "monthly", "--period", "2024-03", "--out", "/proc/corr/out")]
    [InlineData("--period needs a month, e.g. --period 2026-10", "deliver")]
    [InlineData("--report 'budget': use one of monthly, production.", "deliver", "--period", "2024-03", "--report", "budget")]
    [InlineData("--out is required: the folder to export into, e.g. --out /srv/export.", "export", "parquet")]
    public void Bad_usage_exits_2_with_a_sentence_naming_the_option(string message, params string[] args)
    {
        var run = CorrRun.Run([.. args, "--data", warehouse.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("Exception", run.Error);
        Assert.DoesNotContain("Nullable", run.Error);
    }

    [Fact]
    public void A_language_is_accepted_in_any_case()
    {
        var run = CorrRun.Run("report", "monthly", "--data", warehouse.Path, "--period", "2024-03", "--lang", "EN", "--format", "PDF",
            "--out", System.IO.Path.Combine(warehouse.Path, "any-case"));

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(System.IO.Path.Combine(warehouse.Path, "any-case", "monthly_2024-03_en.pdf")));
    }

    [Fact]
    public void Every_subcommands_help_lists_data_and_verbose_and_production_names_its_own_folder()
    {
        foreach (var command in new[] { new[] { "init" }, ["sample"], ["etl", "run"], ["etl", "batches"], ["etl", "rejects"], ["check"], ["status"],
                     ["report", "monthly"], ["report", "production"], ["report", "budget"], ["schedule", "run"], ["schedule", "list"], ["demo"], ["bench"],
                     ["layout-showcase"], ["etl", "quarantine"], ["etl", "retry"], ["etl", "revert"], ["etl", "pull"], ["deliver"], ["export", "parquet"],
                     ["schedule", "init-store"], ["report", "reproduce"], ["report", "verify"], ["report", "revisions"] })
        {
            var help = CorrRun.Run([.. command, "--help"]);
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("--data", help.Output);
            Assert.Contains("--verbose", help.Output);
        }
        Assert.Contains("<data>/reports/production/YYYY-MM", CorrRun.Run("report", "production", "--help").Output);
    }
}
