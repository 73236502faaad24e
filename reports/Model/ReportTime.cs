namespace CorrAnalytics.Reports.Model;

/// <summary>Times printed on reports are in the configured zone (Corr:TimeZone; ProductTimeZone by default): where the reports are read.</summary>
public static class ReportTime
{
    public static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
