using CorrAnalytics.Warehouse.Calendar;
using CorrAnalytics.Warehouse.Tests.Support;

namespace CorrAnalytics.Warehouse.Tests.Calendar;

public class CalendarTests
{
    private static readonly KazakhstanCalendar Calendar = new(HolidayRules.FromSeeds(), 2010, 2040);

    [Theory]
    [InlineData("2024-03-08", false)] // International Women's Day, a Friday
    [InlineData("2024-03-21", false)] // Nauryz
    [InlineData("2024-03-25", false)] // Nauryz 21–23 fell Thu–Sat: Saturday's day off moves to Monday
    [InlineData("2024-03-26", true)]
    [InlineData("2023-01-03", false)] // 1 January 2023 was a Sunday: its day off moves to Tuesday 3rd
    [InlineData("2024-01-08", true)]  // Orthodox Christmas on Sunday 7th does not move
    [InlineData("2024-06-17", true)]  // Kurban Ait on Sunday 16th does not move
    [InlineData("2021-12-17", false)] // Independence Day was two days until 2021
    [InlineData("2023-12-18", false)] // 16 December 2023 was a Saturday: Monday 18th is off
    [InlineData("2022-10-25", false)] // Republic Day, a day off since 2022
    [InlineData("2021-10-25", true)]
    [InlineData("2024-11-23", false)] // a Saturday
    public void Working_days_follow_Kazakhstan_holiday_rules(string date, bool working)
    {
        Assert.Equal(working, Calendar[DateOnly.Parse(date)].IsWorkingDay);
    }

    [Fact]
    public void Fifth_working_day_skips_the_new_year_holidays()
    {
        // January 2024: 1–2 holidays, 3 Wed, 4 Thu, 5 Fri, 8 Mon, 9 Tue.
        Assert.Equal(new DateOnly(2024, 1, 9), Calendar.WorkingDay(2024, 1, 5));
    }

    [Fact]
    public void A_decreed_working_Saturday_and_day_off_override_the_weekly_rule()
    {
        var fixedCsv = "month,day,name_kk,name_ru,name_en,from_year,to_year,moves_off_weekend\n";
        var movingCsv = "date,kind,name_kk,name_ru,name_en\n" +
                        "2030-01-05,working_day,Ж,Р,W\n" +
                        "2030-01-07,day_off,Д,Д,D\n";
        var calendar = new KazakhstanCalendar(HolidayRules.Parse(fixedCsv, movingCsv), 2030, 2030);

        Assert.True(calendar[new DateOnly(2030, 1, 5)].IsWorkingDay);
        Assert.False(calendar[new DateOnly(2030, 1, 7)].IsWorkingDay);
        Assert.True(calendar[new DateOnly(2030, 1, 7)].IsTransferredDayOff);
    }

    [Fact]
    public void Date_dimension_holds_every_day_from_2010_to_2040_with_names_in_three_languages()
    {
        using var warehouse = new TempWarehouse();
        var expectedDays = new DateOnly(2040, 12, 31).DayNumber - new DateOnly(2010, 1, 1).DayNumber + 1;

        Assert.Equal(expectedDays, warehouse.Count("core.dim_date"));
        var row = warehouse.Session.Query(
            "select month_name_kk, month_name_ru, month_name_en, is_working_day, holiday_name_kk, quarter from core.dim_date where date = date '2024-03-22'",
            r => (Kk: r.GetString(0), Ru: r.GetString(1), En: r.GetString(2), Working: r.GetBoolean(3), Holiday: r.GetString(4), Q: r.GetInt32(5))).Single();
        Assert.Equal(("Наурыз", "Март", "March", false, "Наурыз мейрамы", 1), row);
    }
}
