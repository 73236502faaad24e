using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

public class InterruptTests
{
    [Fact]
    public async Task Ctrl_C_stops_the_load_after_the_files_in_hand_says_what_was_loaded_and_what_is_left_and_exits_130()
    {
        using var data = new TempDataDir();
        var inbox = Path.Combine(data.Path, "inbox");
        Assert.Equal(0, CorrRun.Run("sample", "--out", inbox, "--from", "2023-07", "--to", "2024-06", "--seed", "4").ExitCode);
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        var files = Directory.GetFiles(inbox).Length;

        using var etl = CorrProcess.Start(null, "etl", "run", "--data", data.Path);
        Assert.True(await etl.Until(() => Directory.Exists(Path.Combine(data.Path, "archive")) &&
            Directory.GetFiles(Path.Combine(data.Path, "archive"), "*", SearchOption.AllDirectories).Length > 0), "the load ended before it could be interrupted");
        etl.Interrupt();
        var stopped = await etl.Finished();

        Assert.Equal(130, stopped.ExitCode);
        var left = Directory.GetFiles(inbox).Length;
        Assert.InRange(left, 1, files - 1);
        Assert.Matches($@"stopped on request: \d+ file\(s\) loaded, {left} left in the inbox for the next run", stopped.Error);
        var resumed = CorrRun.Run("etl", "run", "--data", data.Path);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Empty(Directory.GetFiles(inbox));
        Assert.Equal(0, CorrRun.Run("check", "--data", data.Path).ExitCode);
    }
}
