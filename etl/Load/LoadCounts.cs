namespace CorrAnalytics.Etl.Load;

/// <summary>What a load did with a file's rows: read = loaded + rejected.</summary>
public sealed record LoadCounts(long Read, long Loaded, long Rejected)
{
    /// <summary>As etl.batches records a file refused whole: it loads none of its rows, so every row read counts as rejected.</summary>
    public LoadCounts Refused => this with { Loaded = 0, Rejected = Read };

    public bool OverThreshold(double threshold) => Read > 0 && (double)Rejected / Read > threshold;

    /// <summary>Why a file over the threshold loads nothing.</summary>
    public string ThresholdMessage(double threshold) =>
        $"{Rejected} of {Read} rows ({(double)Rejected / Read:P1}) were rejected, more than the {threshold:P0} a file may lose; nothing of it was loaded";
}
