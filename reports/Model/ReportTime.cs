namespace CorrAnalytics.Reports.Model;

/// <summary>Times printed on reports are Astana/Almaty time, where they are read.</summary>
public static class ReportTime
{
    private static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    public static DateTime Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Almaty);
}
