using CorrAnalytics.Reports.Common;

namespace CorrAnalytics.Reports.Delivery;

/// <summary>
/// How a message the relay did not take for a passing reason (no connection, a 4xx reply) is tried
/// again within one run: after InitialDelaySeconds, each wait Factor times the last, at most MaxDelaySeconds.
/// </summary>
public sealed class DeliveryRetryOptions
{
    public int Attempts { get; set; } = 4;

    public double InitialDelaySeconds { get; set; } = 10;

    public double Factor { get; set; } = 2;

    public double MaxDelaySeconds { get; set; } = 120;

    /// <summary>The wait before try <paramref name="attempt"/> + 1 (1-based).</summary>
    public TimeSpan DelayAfter(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(MaxDelaySeconds, InitialDelaySeconds * Math.Pow(Factor, attempt - 1)));

    public void Validate()
    {
        if (Attempts < 1 || InitialDelaySeconds < 0 || Factor < 1 || MaxDelaySeconds < 0)
            throw new ReportDataException("delivery.config.retry", Attempts, InitialDelaySeconds, Factor, MaxDelaySeconds);
    }
}
