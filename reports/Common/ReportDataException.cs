using CorrAnalytics.Reports.Translations;

namespace CorrAnalytics.Reports.Common;

/// <summary>
/// A report cannot be made for the period asked. Its message is English; <see cref="In"/> says it in
/// the console's language, which need not be the report's.
/// </summary>
public sealed class ReportDataException(string key, params object[] args) : Exception(Labels.For(ReportLanguage.English).Format(key, args))
{
    public string In(ReportLanguage language) => Labels.For(language).Format(key, args);
}
