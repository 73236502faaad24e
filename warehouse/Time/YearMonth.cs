using System.Globalization;

namespace CorrAnalytics.Warehouse.Time;

/// <summary>A calendar month, written YYYY-MM on the command line and YYYYMM in file names.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public static YearMonth Parse(string text)
    {
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return new YearMonth(d.Year, d.Month);
        throw new FormatException($"'{text}' is not a month: write it as YYYY-MM, e.g. 2024-03.");
    }

    /// <summary>The month a YYYY-MM text names, or false for any other text (a year, a register's empty slice).</summary>
    public static bool TryParse(string text, out YearMonth month)
    {
        var ok = text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d);
        month = ok ? Of(DateOnly.ParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)) : default;
        return ok;
    }

    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    public int Days => DateTime.DaysInMonth(Year, Month);

    public YearMonth Next => YearMonth.Of(First.AddMonths(1));

    public YearMonth Previous => YearMonth.Of(First.AddMonths(-1));

    public YearMonth AddMonths(int n) => YearMonth.Of(First.AddMonths(n));

    public int MonthsUntil(YearMonth other) => (other.Year - Year) * 12 + other.Month - Month;

    public IEnumerable<DateOnly> Dates
    {
        get
        {
            var first = First;
            return Enumerable.Range(0, Days).Select(i => first.AddDays(i));
        }
    }

    public static IEnumerable<YearMonth> Range(YearMonth from, YearMonth to)
    {
        for (var m = from; m.CompareTo(to) <= 0; m = m.Next)
            yield return m;
    }

    public int CompareTo(YearMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public override string ToString() => $"{Year:0000}-{Month:00}";

    public string Compact => $"{Year:0000}{Month:00}";
}
