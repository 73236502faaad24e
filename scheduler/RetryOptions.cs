namespace CorrAnalytics.Scheduler;

/// <summary>A failed run is retried after InitialDelay, then Factor times longer each time, at most MaxDelay apart.</summary>
public sealed class RetryOptions
{
    public int Attempts { get; set; } = 4;

    public double InitialDelaySeconds { get; set; } = 30;

    public double Factor { get; set; } = 2;

    public double MaxDelaySeconds { get; set; } = 600;
}
