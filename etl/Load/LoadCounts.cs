namespace CorrAnalytics.Etl.Load;

/// <summary>What a load did with a file's rows: read = loaded + rejected.</summary>
public sealed record LoadCounts(long Read, long Loaded, long Rejected)
{
    public bool OverThreshold(double threshold) => Read > 0 && (double)Rejected / Read > threshold;

    /// <summary>Why a file over the threshold loads nothing.</summary>
    public string ThresholdMessage(double threshold) =>
        $"{Rejected} of {Read} rows ({(double)Rejected / Read:P1}) were rejected, more than the {threshold:P0} a file may lose; nothing of it was loaded";
}
