using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary>demo and sample never write into a folder holding anything they did not create.</summary>
public class GeneratorGuardTests
{
    private static string[] Everything(string folder) =>
        Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order().ToArray();

    [Fact]
    public void Sample_without_out_is_bad_usage_and_writes_nothing()
    {
        using var data = new TempDataDir();

        var outcome = CorrRun.Run("sample", "--data", data.Path, "--from", "2024-01", "--to", "2024-01");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("sample needs --out DIR", outcome.Error);
        Assert.Empty(Everything(data.Path));
    }

    [Fact]
    public void Sample_into_a_folder_that_holds_files_is_bad_usage_and_touches_nothing()
    {
        using var data = new TempDataDir();
        var inbox = Directory.CreateDirectory(Path.Combine(data.Path, "inbox")).FullName;
        File.WriteAllText(Path.Combine(inbox, "population_202401.csv"), "a real file");

        var outcome = CorrRun.Run("sample", "--out", inbox, "--from", "2024-01", "--to", "2024-01");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("is not empty", outcome.Error);
        Assert.Equal([Path.Combine(inbox, "population_202401.csv")], Everything(inbox));
        Assert.Equal("a real file", File.ReadAllText(Path.Combine(inbox, "population_202401.csv")));
    }

    [Fact]
    public void Demo_in_a_live_data_folder_is_bad_usage_and_touches_nothing()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        var before = Everything(data.Path).Select(p => (p, File.Exists(p) ? File.GetLastWriteTimeUtc(p) : default)).ToArray();

        var outcome = CorrRun.Run("demo", "--data", data.Path);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("which demo did not make", outcome.Error);
        Assert.Equal(before, Everything(data.Path).Select(p => (p, File.Exists(p) ? File.GetLastWriteTimeUtc(p) : default)).ToArray());
    }
}
