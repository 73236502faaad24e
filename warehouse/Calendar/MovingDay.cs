
namespace CorrAnalytics.Warehouse.Calendar;

/// <summary>A dated entry: a moving holiday (Kurban Ait), or a government transfer of a day off or a working day.</summary>
public sealed record MovingDay(DateOnly Date, MovingDayKind Kind, HolidayName Name);
