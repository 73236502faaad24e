
namespace CorrAnalytics.Warehouse.Calendar;

public enum MovingDayKind { Holiday, DayOff, WorkingDay }
