namespace CorrAnalytics.Etl.Load;

/// <summary>What a load did with a file's rows: read = loaded + rejected.</summary>
public sealed record LoadCounts(long Read, long Loaded, long Rejected)
{
    public bool OverThreshold(double threshold) => Read > 0 && (double)Rejected / Read > threshold;
}
