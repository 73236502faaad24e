using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

public class InterruptTests
{
    [Fact]
    public async Task Ctrl_C_stops_the_load_after_the_files_in_hand_says_what_was_loaded_and_what_is_left_and_exits_130()
    {
        using var sample = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("sample", "--out", sample.Path, "--from", "2023-01", "--to", "2024-06", "--seed", "4").ExitCode);
        var files = Directory.GetFiles(sample.Path, "*_*").Length;
        // The signal must come while files are still to be read: a load that ended first is tried again.
        for (var attempt = 1; ; attempt++)
        {
            using var data = new TempDataDir();
            Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
            var inbox = Directory.CreateDirectory(Path.Combine(data.Path, "inbox")).FullName;
            foreach (var file in Directory.GetFiles(sample.Path, "*_*"))
            {
                var copy = Path.Combine(inbox, Path.GetFileName(file));
                File.Copy(file, copy);
                File.SetLastWriteTimeUtc(copy, File.GetLastWriteTimeUtc(copy).AddHours(-1)); // settled: none is left as still being written
            }

            using var etl = CorrProcess.Start(null, "etl", "run", "--data", data.Path);
            Assert.True(await etl.Until(() => Directory.Exists(Path.Combine(data.Path, "archive")) &&
                Directory.EnumerateFiles(Path.Combine(data.Path, "archive"), "*", SearchOption.AllDirectories).Any()), "the load ended before it could be interrupted");
            etl.Interrupt();
            var stopped = await etl.Finished();
            var left = Directory.GetFiles(inbox).Length;
            if (left == 0 && stopped.ExitCode == 0 && attempt < 3)
                continue;

            Assert.True(stopped.ExitCode == 130, $"exit {stopped.ExitCode}, {left} left, attempt {attempt}: {stopped.Error} {stopped.Output[^Math.Min(600, stopped.Output.Length)..]}");
            Assert.InRange(left, 1, files - 1);
            Assert.Matches($@"stopped on request: \d+ file\(s\) loaded, {left} left in the inbox for the next run", stopped.Error);
            Assert.Contains("Stopping after the files being loaded now", stopped.Output);
            var resumed = CorrRun.Run("etl", "run", "--data", data.Path);
            Assert.True(resumed.ExitCode == 0, resumed.Error);
            Assert.Empty(Directory.GetFiles(inbox));
            Assert.Equal(0, CorrRun.Run("check", "--data", data.Path).ExitCode);
            return;
        }
    }
}
