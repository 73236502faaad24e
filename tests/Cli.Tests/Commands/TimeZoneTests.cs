using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary>One time-zone setting, Corr:TimeZone, for everything the operator reads.</summary>
public class TimeZoneTests
{
    private static async Task<CorrOutcome> Corr(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = CorrProcess.Start(environment, args);
        return await process.Finished();
    }

    [Fact]
    public async Task Status_and_batches_label_their_times_with_the_configured_zone()
    {
        using var data = new TempDataDir();
        var moscow = new Dictionary<string, string> { ["CORR__TIMEZONE"] = "Europe/Moscow" };
        Assert.Equal(0, (await Corr(moscow, "init", "--data", data.Path)).ExitCode);

        var status = await Corr(moscow, "status", "--data", data.Path);
        var batches = await Corr(moscow, "etl", "batches", "--data", data.Path);

        Assert.True(status.ExitCode == 0, status.Error);
        Assert.Contains("Last loaded (Europe/Moscow)", status.Output);
        Assert.DoesNotContain("UTC", status.Output);
        Assert.Contains("(Europe/Moscow)", batches.Output);
    }

    [Fact]
    public async Task A_zone_the_machine_does_not_know_is_a_clear_error_naming_the_setting_and_nothing_is_touched()
    {
        using var data = new TempDataDir();
        var nowhere = new Dictionary<string, string> { ["CORR__TIMEZONE"] = "Asia/Nowhere" };
        Assert.Equal(0, (await Corr(new Dictionary<string, string>(), "init", "--data", data.Path)).ExitCode);
        var before = File.ReadAllBytes(Path.Combine(data.Path, "warehouse.duckdb"));

        // The product clock is made with the zone: every command that reads time refuses to start without it.
        var init = await Corr(nowhere, "init", "--data", data.Path);
        var status = await Corr(nowhere, "status", "--data", data.Path);

        Assert.Equal((1, 1), (init.ExitCode, status.ExitCode));
        Assert.Contains("Corr:TimeZone 'Asia/Nowhere'", init.Error);
        Assert.Contains("Corr:TimeZone 'Asia/Nowhere'", status.Error);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(data.Path, "warehouse.duckdb")));
    }
}
