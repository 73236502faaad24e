using System.Diagnostics;
using CorrAnalytics.Warehouse.Time;
using Microsoft.Extensions.Time.Testing;

namespace CorrAnalytics.TestSupport;

/// <summary>
/// The clocks tests run on: never the machine's date. <see cref="Running"/> starts at a fixed instant
/// and runs at real speed (stamps are ordered and waits end, but no date depends on the calendar);
/// <see cref="Fake"/> is a <see cref="FakeTimeProvider"/> a test moves itself.
/// </summary>
public static class TestClock
{
    public static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    /// <summary>The instant the tests live at unless they say otherwise: 20 November 2026, 10:00 in Almaty.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(5));

    /// <summary>
    /// A clock that starts at <paramref name="start"/> and runs at real speed, in Almaty. Without a start,
    /// the one clock of this test process, started at <see cref="Start"/>: every harness and command of a
    /// test reads the same time line, so what is stamped later is never stamped earlier.
    /// </summary>
    public static ProductClock Running(DateTimeOffset? start = null) => start is { } at ? new(new RunningTime(at), Almaty) : Shared;

    private static readonly ProductClock Shared = new(new RunningTime(Start), Almaty);

    /// <summary>A fake clock at <paramref name="instant"/>, moved only by the test, and the product clock over it, in Almaty.</summary>
    public static (FakeTimeProvider Fake, ProductClock Clock) Fake(DateTimeOffset instant)
    {
        var fake = new FakeTimeProvider(instant);
        return (fake, new ProductClock(fake, Almaty));
    }

    /// <summary>An instant given by its wall-clock time in Almaty.</summary>
    public static DateTimeOffset InAlmaty(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(5));

    private sealed class RunningTime(DateTimeOffset start) : TimeProvider
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started);
    }
}
