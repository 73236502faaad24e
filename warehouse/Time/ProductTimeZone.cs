namespace CorrAnalytics.Warehouse.Time;

/// <summary>The product's time zone unless Corr:TimeZone names another: Astana/Almaty time, where the ministry works.</summary>
public static class ProductTimeZone
{
    public const string DefaultId = "Asia/Almaty";

    public static TimeZoneInfo Default { get; } = TimeZoneInfo.FindSystemTimeZoneById(DefaultId);

    /// <summary>Today's date in a zone.</summary>
    public static DateOnly Today(TimeProvider clock, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
}
