namespace CorrAnalytics.Warehouse.Calendar;

/// <summary>
/// Working days in Kazakhstan. Saturday and Sunday are days off; a public holiday is a day off;
/// a holiday that falls on a weekend moves its day off to the next working day (Labour Code,
/// art. 85), except the religious holidays (Orthodox Christmas, Kurban Ait); the government's
/// yearly transfers come from the moving-days seed and win over everything else.
/// </summary>
public sealed class KazakhstanCalendar
{
    private readonly Dictionary<DateOnly, CalendarDay> _days = new();

    public KazakhstanCalendar(HolidayRules rules, int fromYear, int toYear)
    {
        var holidays = new Dictionary<DateOnly, (HolidayName Name, bool Moves)>();
        for (var year = fromYear; year <= toYear; year++)
            foreach (var rule in rules.Fixed.Where(r => r.AppliesIn(year)))
                holidays[new DateOnly(year, rule.Month, rule.Day)] = (rule.Name, rule.MovesOffWeekend);
        foreach (var day in rules.Moving.Where(d => d.Kind == MovingDayKind.Holiday))
            holidays[day.Date] = (day.Name, false);

        var decreedOff = rules.Moving.Where(d => d.Kind == MovingDayKind.DayOff).ToDictionary(d => d.Date, d => d.Name);
        var decreedWorking = rules.Moving.Where(d => d.Kind == MovingDayKind.WorkingDay).Select(d => d.Date).ToHashSet();

        var transferred = new Dictionary<DateOnly, HolidayName>(decreedOff);
        foreach (var (date, holiday) in holidays.OrderBy(h => h.Key))
        {
            if (!holiday.Moves || !IsWeekend(date))
                continue;
            var target = date.AddDays(1);
            while (IsWeekend(target) || holidays.ContainsKey(target) || transferred.ContainsKey(target))
                target = target.AddDays(1);
            transferred[target] = holiday.Name;
        }

        for (var date = new DateOnly(fromYear, 1, 1); date <= new DateOnly(toYear, 12, 31); date = date.AddDays(1))
        {
            var weekend = IsWeekend(date);
            var isHoliday = holidays.TryGetValue(date, out var h);
            var isTransferred = transferred.TryGetValue(date, out var t);
            var working = decreedWorking.Contains(date) || (!weekend && !isHoliday && !isTransferred);
            _days[date] = new CalendarDay(date, weekend, isHoliday, isTransferred, working, isHoliday ? h.Name : isTransferred ? t : null);
        }
    }

    public IEnumerable<CalendarDay> Days => _days.Values.OrderBy(d => d.Date);

    public CalendarDay this[DateOnly date] => _days.TryGetValue(date, out var day)
        ? day
        : throw new ArgumentOutOfRangeException(nameof(date), date, "The date is outside the calendar's years.");

    /// <summary>The n-th working day of a month (1-based).</summary>
    public DateOnly WorkingDay(int year, int month, int n)
    {
        var count = 0;
        for (var date = new DateOnly(year, month, 1); date.Month == month; date = date.AddDays(1))
            if (this[date].IsWorkingDay && ++count == n)
                return date;
        throw new ArgumentOutOfRangeException(nameof(n), n, $"{year}-{month:00} has fewer than {n} working days.");
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
