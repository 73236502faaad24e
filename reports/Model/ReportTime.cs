namespace CorrAnalytics.Reports.Model;

/// <summary>Times printed on reports are in the configured zone (Corr:TimeZone): where the reports are read.</summary>
public static class ReportTime
{
    public static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>
    /// A moment as a reader of the language writes it, in the configured zone, with the month named
    /// so that no reader can take the day for the month: "25 November 2026, 13:02", "25 ноября 2026, 13:02".
    /// </summary>
    public static string Stamp(DateTime utc, TimeZoneInfo zone, System.Globalization.CultureInfo culture) =>
        Local(utc, zone).ToString("d MMMM yyyy, HH:mm", culture);
}
