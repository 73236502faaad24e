namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>Where a command writes its one-line error (stderr, or a test's writer).</summary>
public sealed record ErrorOutput(TextWriter Writer)
{
    public void Line(string message) => Writer.WriteLine($"corr: {message}");
}
