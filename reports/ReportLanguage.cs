using System.Globalization;

namespace CorrAnalytics.Reports;

/// <summary>A report language and the culture its numbers and dates are written in.</summary>
public sealed record ReportLanguage(string Code, CultureInfo Culture)
{
    public static readonly ReportLanguage Kazakh = new("kk", CultureInfo.GetCultureInfo("kk-KZ"));
    public static readonly ReportLanguage Russian = new("ru", CultureInfo.GetCultureInfo("ru-RU"));
    public static readonly ReportLanguage English = new("en", CultureInfo.GetCultureInfo("en-US"));

    public static readonly IReadOnlyList<ReportLanguage> All = [Kazakh, Russian, English];

    public static ReportLanguage Parse(string code) =>
        All.FirstOrDefault(l => l.Code == code.Trim().ToLowerInvariant())
        ?? throw new ArgumentException($"Unknown report language '{code}': use kk, ru or en.");
}
