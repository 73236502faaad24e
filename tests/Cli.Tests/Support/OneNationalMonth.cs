namespace CorrAnalytics.Cli.Tests.Support;

/// <summary>A national sample of one month and the fingerprint of its uninterrupted load, shared by the crash and concurrency tests.</summary>
public sealed class OneNationalMonth : IDisposable
{
    public const string Collection = "one national month";

    public OneNationalMonth()
    {
        CorrRun.Run("sample", "--out", Sample, "--from", "2024-06", "--to", "2024-06", "--seed", "9");
        Files = Directory.GetFiles(Sample).Length;
        using var reference = new TempDataDir();
        Load(reference.Path);
        var run = CorrRun.Run("etl", "run", "--data", reference.Path);
        Assert.True(run.ExitCode == 0, run.Error);
        Expected = WarehouseFingerprint.Of(reference.Path);
    }

    public string Sample { get; } = Directory.CreateTempSubdirectory("corr-crash-sample-").FullName;

    public int Files { get; }

    public IReadOnlyDictionary<string, string> Expected { get; }

    /// <summary>A new warehouse (corr init) with the month's files in its inbox.</summary>
    public void Load(string dataDir)
    {
        Assert.Equal(0, CorrRun.Run("init", "--data", dataDir).ExitCode);
        var inbox = Directory.CreateDirectory(Path.Combine(dataDir, "inbox")).FullName;
        foreach (var file in Directory.GetFiles(Sample))
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(Sample, recursive: true);
}
