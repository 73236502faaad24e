
namespace CorrAnalytics.Warehouse.Calendar;

/// <summary>A public holiday on a fixed date, in force from one year to another.</summary>
public sealed record FixedHoliday(int Month, int Day, HolidayName Name, int FromYear, int? ToYear, bool MovesOffWeekend)
{
    public bool AppliesIn(int year) => year >= FromYear && (ToYear is null || year <= ToYear);
}
