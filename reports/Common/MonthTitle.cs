using CorrAnalytics.Warehouse.Calendar;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Common;

/// <summary>A month as a report's title names it: "2026 ж. қазан", "Октябрь 2026 г.", "October 2026".</summary>
public static class MonthTitle
{
    public static string Of(YearMonth period, ReportLanguage language) => language.Code switch
    {
        "kk" => $"{period.Year} ж. {MonthNames.Kazakh[period.Month - 1].ToLowerInvariant()}",
        "ru" => $"{MonthNames.Russian[period.Month - 1]} {period.Year} г.",
        _ => $"{MonthNames.English[period.Month - 1]} {period.Year}",
    };
}
