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

    [Fact]
    public async Task The_batch_log_speaks_kazakh_when_the_console_language_is_kk()
    {
        using var run = CorrProcess.Start(new Dictionary<string, string> { ["CORR__CONSOLELANGUAGE"] = "kk" },
            "etl", "batches", "--data", warehouse.Path, "--kind", "population");
        var kazakh = await run.Finished();

        Assert.True(kazakh.ExitCode == 0, kazakh.Error);
        Assert.Contains("Кесінді", kazakh.Output);
        Assert.Contains("Мұрағаттағы аты", kazakh.Output);
        Assert.Contains("сәйкес келетін соңғы", kazakh.Output);
        Assert.DoesNotContain("Replaced by", kazakh.Output);
    }

    [Fact]
    public async Task Bad_usage_and_a_refused_revert_are_said_in_russian_when_the_console_language_is_ru()
    {
        var russian = new Dictionary<string, string> { ["CORR__CONSOLELANGUAGE"] = "ru" };
        using var usage = CorrProcess.Start(russian, "etl", "batches", "--data", warehouse.Path, "--last", "-3");
        var badUsage = await usage.Finished();
        using var revert = CorrProcess.Start(russian, "etl", "revert", "--data", warehouse.Path, "--batch", "99999");
        var refused = await revert.Finished();

        Assert.Equal(2, badUsage.ExitCode);
        Assert.Equal("corr: --last -3 — не число пакетов: укажите 1 или больше, например --last 50. (см. 'corr --help')", badUsage.Error.Trim());
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("corr: ничего не отменено: пакета 99999 нет; список — 'corr etl batches'.", refused.Error.Trim());
    }
}
