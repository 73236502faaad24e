using System.Globalization;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.Calendar;

/// <summary>Kazakhstan's holiday rules, as written in the seeds holidays_fixed.csv and holidays_moving.csv.</summary>
public sealed record HolidayRules(IReadOnlyList<FixedHoliday> Fixed, IReadOnlyList<MovingDay> Moving)
{
    public static HolidayRules FromSeeds() =>
        Parse(SqlResources.Read("seeds/holidays_fixed.csv"), SqlResources.Read("seeds/holidays_moving.csv"));

    public static HolidayRules Parse(string fixedCsv, string movingCsv)
    {
        var fixedDays = CsvText.Parse(fixedCsv).Select(r => new FixedHoliday(
            int.Parse(r["month"], CultureInfo.InvariantCulture),
            int.Parse(r["day"], CultureInfo.InvariantCulture),
            NameOf(r),
            int.Parse(r["from_year"], CultureInfo.InvariantCulture),
            r["to_year"].Length == 0 ? null : int.Parse(r["to_year"], CultureInfo.InvariantCulture),
            bool.Parse(r["moves_off_weekend"]))).ToList();
        var moving = CsvText.Parse(movingCsv).Select(r => new MovingDay(
            DateOnly.ParseExact(r["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            r["kind"] switch
            {
                "holiday" => MovingDayKind.Holiday,
                "day_off" => MovingDayKind.DayOff,
                "working_day" => MovingDayKind.WorkingDay,
                var other => throw new FormatException(
                    $"holidays_moving.csv: kind '{other}' on {r["date"]} is not one of holiday, day_off, working_day."),
            },
            NameOf(r))).ToList();
        return new HolidayRules(fixedDays, moving);
    }

    private static HolidayName NameOf(Dictionary<string, string> row) =>
        new(row["name_kk"], row["name_ru"], row["name_en"]);
}
