
namespace CorrAnalytics.Cli.Bench;

public sealed record BenchFigure(string Name, double Seconds, long Rows, string? Note = null)
{
    public double RowsPerSecond => Seconds > 0 ? Rows / Seconds : 0;
}
