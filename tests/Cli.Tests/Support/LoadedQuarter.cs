namespace CorrAnalytics.Cli.Tests.Support;

/// <summary>A warehouse loaded with a national sample of 2024-01..2024-03, shared by the operator's console tests that only read it.</summary>
public sealed class LoadedQuarter : IDisposable
{
    private readonly TempDataDir _data = new();

    public LoadedQuarter()
    {
        Assert.Equal(0, CorrRun.Run("sample", "--out", System.IO.Path.Combine(_data.Path, "inbox"), "--from", "2024-01", "--to", "2024-03").ExitCode);
        Assert.Equal(0, CorrRun.Run("init", "--data", _data.Path).ExitCode);
        var run = CorrRun.Run("etl", "run", "--data", _data.Path);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    public string Path => _data.Path;

    public void Dispose() => _data.Dispose();
}
