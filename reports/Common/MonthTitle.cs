using CorrAnalytics.Warehouse.Calendar;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Common;

/// <summary>A month as a report's title names it: "2026 жылғы қазан", "Октябрь 2026 г.", "October 2026".</summary>
public static class MonthTitle
{
    public static string Of(YearMonth period, ReportLanguage language) => language.Code switch
    {
        "kk" => $"{period.Year} жылғы {MonthNames.Kazakh[period.Month - 1].ToLowerInvariant()}",
        "ru" => $"{MonthNames.Russian[period.Month - 1]} {period.Year} г.",
        _ => $"{MonthNames.English[period.Month - 1]} {period.Year}",
    };

    /// <summary>The period at the end of a caption: "2026 жылғы қазан", "октябрь 2026 г.", "October 2026".</summary>
    public static string InCaption(YearMonth period, ReportLanguage language) =>
        language.Code == "ru" ? $"{MonthNames.Russian[period.Month - 1].ToLowerInvariant()} {period.Year} г." : Of(period, language);

    /// <summary>The period as a cover says it: "2026 жылғы қазан", "за октябрь 2026 года", "October 2026".</summary>
    public static string InWords(YearMonth period, ReportLanguage language) => language.Code switch
    {
        "ru" => $"за {MonthNames.Russian[period.Month - 1].ToLowerInvariant()} {period.Year} года",
        _ => Of(period, language),
    };
}
