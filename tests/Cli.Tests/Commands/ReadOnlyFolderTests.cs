using System.Diagnostics;
using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary>A data folder on a read-only mount (a bind mount remounted read-only; the tests run as root, as CI does).</summary>
public class ReadOnlyFolderTests(LoadedQuarter warehouse) : IClassFixture<LoadedQuarter>
{
    private static void Run(string command, params string[] args)
    {
        using var process = Process.Start(command, args);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', args)} failed: read-only mounts need root");
    }

    [Fact]
    public void A_read_only_data_folder_still_gives_status_batches_rejects_and_reports_elsewhere()
    {
        using var mount = new TempDataDir();
        using var output = new TempDataDir();
        Run("mount", "--bind", warehouse.Path, mount.Path);
        try
        {
            Run("mount", "-o", "remount,ro,bind", mount.Path);

            var status = CorrRun.Run("status", "--data", mount.Path);
            var batches = CorrRun.Run("etl", "batches", "--data", mount.Path, "--kind", "population");
            var rejects = CorrRun.Run("etl", "rejects", "--data", mount.Path);
            var report = CorrRun.Run("report", "monthly", "--data", mount.Path, "--period", "2024-03", "--lang", "en", "--out", output.Path);

            Assert.True(status.ExitCode == 0, status.Error);
            Assert.Contains("is read-only: reading the warehouse as it is", status.Output);
            Assert.Contains("Freshness per source", status.Output);
            Assert.True(batches.ExitCode == 0, batches.Error);
            Assert.Contains("population_202403.csv", batches.Output);
            Assert.True(rejects.ExitCode == 0, rejects.Error);
            Assert.True(report.ExitCode == 0, report.Error);
            Assert.True(File.Exists(Path.Combine(output.Path, "monthly_2024-03_en.pdf")));
        }
        finally
        {
            Run("umount", "--lazy", mount.Path); // detached at once even if a closed file is still being released
        }
    }
}
