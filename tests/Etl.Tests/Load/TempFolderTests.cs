using CorrAnalytics.Etl.Load;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>Temporary copies of personal data stay inside the data folder, owner-only, and a killed run's copies are removed.</summary>
public class TempFolderTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Copies_are_written_owner_only_inside_the_data_folder()
    {
        using var etl = new EtlHarness();
        var temp = new TempFolder(etl.DataDir);
        temp.Prepare();

        var copy = temp.Write("ЕЦ-166/1,2024-01-01,400", ".csv");

        Assert.StartsWith(Path.Combine(etl.DataDir, "tmp"), copy);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(copy));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(temp.Path));
    }

    [Fact]
    public void A_run_removes_what_a_killed_run_left_and_leaves_nothing_behind()
    {
        using var etl = new EtlHarness().Register();
        var leftover = Path.Combine(etl.DataDir, "tmp", "corr-0123456789abcdef.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(leftover)!);
        File.WriteAllText(leftover, "a killed run's copy");
        var sharedBefore = Directory.GetFiles(Path.GetTempPath(), "corr-*.csv").ToHashSet();

        etl.Run();

        Assert.Empty(Directory.GetFiles(Path.Combine(etl.DataDir, "tmp")));
        Assert.DoesNotContain(Directory.GetFiles(Path.GetTempPath(), "corr-*.csv"), f => !sharedBefore.Contains(f));
        Assert.Equal(3, etl.Count("select count(*) from core.dim_facility"));
    }
}
