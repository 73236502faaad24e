using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

public class ConsoleLanguageTests(LoadedQuarter warehouse) : IClassFixture<LoadedQuarter>
{
    [Fact]
    public void The_console_speaks_its_own_language_whatever_the_reports_language()
    {
        var english = CorrRun.Run("report", "monthly", "--data", warehouse.Path, "--period", "2030-01", "--lang", "kk");
        Assert.Equal(1, english.ExitCode);
        Assert.Equal("corr: There is no data for 2030-01: load it first (corr etl run).", english.Error.Trim());
    }

    [Fact]
    public async Task Corr_ConsoleLanguage_ru_gives_russian_messages_for_a_kazakh_report()
    {
        using var run = CorrProcess.Start(new Dictionary<string, string> { ["CORR__CONSOLELANGUAGE"] = "ru" },
            "report", "production", "--data", warehouse.Path, "--period", "2030-01", "--lang", "kk");
        var russian = await run.Finished();

        Assert.Equal(1, russian.ExitCode);
        Assert.Contains("corr: Нет форм П-1 за 2030-01", russian.Error);
        Assert.DoesNotContain("Exception", russian.Error);
    }

    [Fact]
    public async Task Status_speaks_kazakh_when_the_console_language_is_kk()
    {
        using var run = CorrProcess.Start(new Dictionary<string, string> { ["CORR__CONSOLELANGUAGE"] = "kk" }, "status", "--data", warehouse.Path);
        var kazakh = await run.Finished();

        Assert.True(kazakh.ExitCode == 0, kazakh.Error);
        Assert.Contains("Дереккөздер бойынша жаңалығы", kazakh.Output);
        Assert.Contains("Карантиндегі файлдар: 0 (corr etl quarantine)", kazakh.Output);
        Assert.DoesNotContain("Freshness per source", kazakh.Output);
    }
}
