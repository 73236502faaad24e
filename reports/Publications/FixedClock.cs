namespace CorrAnalytics.Reports.Publications;

/// <summary>A clock stopped at one moment: a publication's files all print the time it was first generated.</summary>
internal sealed class FixedClock(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => zone;
}
