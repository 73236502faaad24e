using System.Globalization;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Warehouse.Calendar;

/// <summary>Rebuilds core.dim_date (2010–2040) from the calendar, in one transaction.</summary>
public sealed class DateDimensionBuilder(WarehouseSession session)
{
    public const int FirstYear = 2010;
    public const int LastYear = 2040;

    public int Build()
    {
        var calendar = new KazakhstanCalendar(HolidayRules.FromSeeds(), FirstYear, LastYear);
        var count = 0;
        session.InTransaction(() =>
        {
            session.Execute("delete from core.dim_date");
            using var appender = session.Connection.CreateAppender("core", "dim_date");
            foreach (var day in calendar.Days)
            {
                var d = day.Date;
                var dt = d.ToDateTime(TimeOnly.MinValue);
                appender.CreateRow()
                    .AppendValue(dt)
                    .AppendValue(d.Year)
                    .AppendValue((d.Month - 1) / 3 + 1)
                    .AppendValue(d.Month)
                    .AppendValue(new DateTime(d.Year, d.Month, 1))
                    .AppendValue(d.Day)
                    .AppendValue(d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek)
                    .AppendValue(ISOWeek.GetWeekOfYear(dt))
                    .AppendValue(MonthNames.Kazakh[d.Month - 1])
                    .AppendValue(MonthNames.Russian[d.Month - 1])
                    .AppendValue(MonthNames.English[d.Month - 1])
                    .AppendValue(day.IsWeekend)
                    .AppendValue(day.IsHoliday)
                    .AppendValue(day.IsTransferredDayOff)
                    .AppendValue(day.IsWorkingDay)
                    .AppendValue(day.Holiday?.Kazakh)
                    .AppendValue(day.Holiday?.Russian)
                    .AppendValue(day.Holiday?.English)
                    .EndRow();
                count++;
            }
        });
        return count;
    }
}
