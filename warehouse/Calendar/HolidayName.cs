
namespace CorrAnalytics.Warehouse.Calendar;

public sealed record HolidayName(string Kazakh, string Russian, string English);
