namespace CorrAnalytics.Cli.Tests.Support;

public sealed record CorrOutcome(int ExitCode, string Output, string Error);

/// <summary>Runs the corr command line in-process, as the launcher would, and captures what it prints.</summary>
public static class CorrRun
{
    public static CorrOutcome Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CorrApp.Run(args, output, error);
        return new CorrOutcome(code, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary data folder, deleted on dispose.</summary>
public sealed class TempDataDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("corr-cli-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
