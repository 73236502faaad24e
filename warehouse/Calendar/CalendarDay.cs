namespace CorrAnalytics.Warehouse.Calendar;

public sealed record CalendarDay(
    DateOnly Date,
    bool IsWeekend,
    bool IsHoliday,
    bool IsTransferredDayOff,
    bool IsWorkingDay,
    HolidayName? Holiday);
