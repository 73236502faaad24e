namespace CorrAnalytics.Reports.Model;

/// <summary>Times printed on reports are in the configured zone (Corr:TimeZone): where the reports are read.</summary>
public static class ReportTime
{
    public static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>
    /// A moment as a reader of the language writes it (PUBLICATION §10), in the configured zone, with
    /// the month named so that no reader can take the day for the month: "2026 жылғы 25 қараша, 13:02",
    /// "25 ноября 2026 г., 13:02", "November 25, 2026, 13:02".
    /// </summary>
    public static string Stamp(DateTime utc, TimeZoneInfo zone, System.Globalization.CultureInfo culture)
    {
        var local = Local(utc, zone);
        return $"{Date(DateOnly.FromDateTime(local), culture)}, {local.ToString("HH:mm", culture)}";
    }

    /// <summary>A day in words: "2026 жылғы 2 желтоқсан", "2 декабря 2026 г.", "December 2, 2026".</summary>
    public static string Date(DateOnly day, System.Globalization.CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "kk" => $"{day.Year} жылғы {day.Day} {Warehouse.Calendar.MonthNames.Kazakh[day.Month - 1].ToLowerInvariant()}",
        "ru" => day.ToString("d MMMM yyyy", culture) + " г.",
        _ => day.ToString("MMMM d, yyyy", culture),
    };
}
