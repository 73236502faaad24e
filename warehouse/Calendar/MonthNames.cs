namespace CorrAnalytics.Warehouse.Calendar;

/// <summary>Month names in the nominative case, as a report heading uses them.</summary>
public static class MonthNames
{
    public static readonly IReadOnlyList<string> Kazakh =
        ["Қаңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр", "Маусым", "Шілде", "Тамыз", "Қыркүйек", "Қазан", "Қараша", "Желтоқсан"];

    public static readonly IReadOnlyList<string> Russian =
        ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];

    public static readonly IReadOnlyList<string> English =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string For(string language, int month) => language switch
    {
        "kk" => Kazakh[month - 1],
        "ru" => Russian[month - 1],
        "en" => English[month - 1],
        _ => throw new ArgumentException($"Unknown language '{language}': use kk, ru or en.", nameof(language)),
    };
}
