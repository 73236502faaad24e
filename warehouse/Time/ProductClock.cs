namespace CorrAnalytics.Warehouse.Time;

/// <summary>
/// The product's one clock (the shape of NodaTime's ZonedClock): an instant source and the zone the
/// ministry works in (Corr:TimeZone). Every read of time in the product goes through it; the warehouse
/// stores <see cref="UtcNow"/>, people are shown <see cref="LocalNow"/>. It is a
/// <see cref="TimeProvider"/> whose local zone is the configured one, so Quartz, timers and waits run
/// on the same clock, and a fake one in tests.
/// </summary>
public sealed class ProductClock : TimeProvider
{
    private readonly TimeProvider _time;

    public ProductClock(TimeProvider time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(zone);
        _time = time is ProductClock product ? product._time : time;
        Zone = zone;
    }

    /// <summary>The machine's clock in <paramref name="zone"/>: made once, by the composition root.</summary>
    public static ProductClock Machine(TimeZoneInfo zone) => new(TimeProvider.System, zone);

    /// <summary>The zone times are shown, days begin and months turn in.</summary>
    public TimeZoneInfo Zone { get; }

    public override TimeZoneInfo LocalTimeZone => Zone;

    public override DateTimeOffset GetUtcNow() => _time.GetUtcNow();

    public override long GetTimestamp() => _time.GetTimestamp();

    public override long TimestampFrequency => _time.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _time.CreateTimer(callback, state, dueTime, period);

    /// <summary>Now, as an instant (offset zero).</summary>
    public DateTimeOffset UtcNow => _time.GetUtcNow();

    /// <summary>Now as the warehouse stores it: a UTC timestamp.</summary>
    public DateTime UtcDateTime => UtcNow.UtcDateTime;

    /// <summary>Now on the wall clock of <see cref="Zone"/>, with its offset.</summary>
    public DateTimeOffset LocalNow => ToLocal(UtcNow);

    /// <summary>Today's date in <see cref="Zone"/>.</summary>
    public DateOnly Today => DateOnly.FromDateTime(LocalNow.DateTime);

    /// <summary>The month today is in, in <see cref="Zone"/>.</summary>
    public YearMonth CurrentMonth => YearMonth.Of(Today);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>A UTC timestamp as the warehouse keeps it, on the wall clock of <see cref="Zone"/>.</summary>
    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The date of an instant in <see cref="Zone"/> (a firing's day, say).</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>A wall-clock time of <see cref="Zone"/> as an instant.</summary>
    public DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>"2026-11-06 08:00 Asia/Almaty": a local time with its zone named, for people.</summary>
    public string Stamp(DateTimeOffset instant) => $"{ToLocal(instant):yyyy-MM-dd HH:mm:ss} {Zone.Id}";

    /// <summary>This clock stopped at <paramref name="instant"/>, in the same zone (a publication prints the time it was first generated).</summary>
    public ProductClock StoppedAt(DateTimeOffset instant) => new(new StoppedTime(instant), Zone);

    /// <summary>The same instants in another zone.</summary>
    public ProductClock In(TimeZoneInfo zone) => new(_time, zone);

    private sealed class StoppedTime(DateTimeOffset instant) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => instant;
    }
}
