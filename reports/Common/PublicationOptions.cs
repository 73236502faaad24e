using CorrAnalytics.Reports.Model;
using CorrAnalytics.Warehouse.Calendar;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Common;

/// <summary>
/// What a site adds to its publications beyond the figures (Corr:Reports, PUBLICATION §1, §5, §8): the
/// contact on the back page, the day a month's returns are due (a month is provisional, <c>p</c>, until
/// then), the working day each report is released on (the schedule's: the back page names the next
/// issue), and the smallest count of rare events a department's report prints (below it, <c>x</c>).
/// Every default leaves a publication as it is without them.
/// </summary>
public sealed record PublicationOptions
{
    /// <summary>The back page's contact, by language code (kk, ru, en), or under "default" for every language.</summary>
    public IReadOnlyDictionary<string, string> Contact { get; init; } = new Dictionary<string, string>();

    /// <summary>The day of the following month by which the departments send a month's returns; 0: none, a month is provisional only while a source is incomplete.</summary>
    public int SubmissionDueDay { get; init; }

    /// <summary>The working day of the month each kind of report ("monthly", "production") is released on; a kind not listed names no next release.</summary>
    public IReadOnlyDictionary<string, int> ReleaseWorkingDay { get; init; } = new Dictionary<string, int>();

    /// <summary>Counts of rare events below this, per department, are printed <c>x</c> (totals stay); 0: off.</summary>
    public int SuppressBelow { get; init; }

    public string? ContactFor(ReportLanguage language) =>
        Contact.TryGetValue(language.Code, out var own) && own.Length > 0 ? own
        : Contact.TryGetValue("default", out var shared) && shared.Length > 0 ? shared
        : null;

    /// <summary>The day <paramref name="period"/>'s returns are due, or null without a due day.</summary>
    public DateOnly? DueDate(YearMonth period)
    {
        if (SubmissionDueDay <= 0)
            return null;
        var next = period.Next.First;
        return next.AddDays(Math.Min(SubmissionDueDay, DateTime.DaysInMonth(next.Year, next.Month)) - 1);
    }

    /// <summary>Whether a report generated on <paramref name="today"/> comes before <paramref name="period"/>'s returns are due.</summary>
    public bool BeforeDue(YearMonth period, DateOnly today) => DueDate(period) is { } due && today < due;

    /// <summary>Whether a report generated at <paramref name="generatedAt"/> (UTC) comes, in <paramref name="zone"/>, before <paramref name="period"/>'s returns are due.</summary>
    public bool BeforeDue(YearMonth period, DateTime generatedAt, TimeZoneInfo zone) =>
        BeforeDue(period, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(generatedAt, DateTimeKind.Utc), zone)));

    /// <summary>
    /// The release of the issue after <paramref name="period"/>'s: the next month's report comes out on
    /// the configured working day of the month after it. Null when the kind has no release day.
    /// </summary>
    public DateOnly? NextRelease(string kind, YearMonth period)
    {
        if (!ReleaseWorkingDay.TryGetValue(kind, out var n) || n <= 0)
            return null;
        var month = period.Next.Next.First;
        return new KazakhstanCalendar(HolidayRules.FromSeeds(), month.Year, month.Year).WorkingDay(month.Year, month.Month, n);
    }

    /// <summary>A count as a department's report prints it: <see cref="NumberFormat.Suppressed"/> when it is above zero and below <see cref="SuppressBelow"/>.</summary>
    public object? Suppress(object? count) =>
        SuppressBelow > 0 && count is not null and not string && NumberFormat.ToDecimal(count) is var n && n > 0 && n < SuppressBelow ? NumberFormat.Suppressed : count;
}
