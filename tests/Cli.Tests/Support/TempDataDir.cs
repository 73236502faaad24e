namespace CorrAnalytics.Cli.Tests.Support;

/// <summary>A temporary data folder, deleted on dispose.</summary>
public sealed class TempDataDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("corr-cli-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
