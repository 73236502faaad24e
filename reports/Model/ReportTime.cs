using CorrAnalytics.Warehouse.Time;
namespace CorrAnalytics.Reports.Model;

/// <summary>
/// Times printed on reports are in the configured zone (Corr:TimeZone), Astana/Almaty time unless
/// configured otherwise: where the reports are read.
/// </summary>
public static class ReportTime
{
    public const string DefaultZoneId = ProductTimeZone.DefaultId;

    public static TimeZoneInfo DefaultZone => ProductTimeZone.Default;

    public static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
