namespace CorrAnalytics.Reports.Publications;

/// <summary>What is to be published: the report, its period (YYYY-MM, or YYYY for the budget), language, scope and formats, who asked, and the data version to render as of (null: the present).</summary>
public sealed record PublicationRequest(
    string Kind, string Period, ReportLanguage Language, IReadOnlyCollection<string> Formats, string TriggeredBy, long? AsOf = null, string Scope = "national")
{
    public string FormatList => string.Join(",", Formats.Order(StringComparer.Ordinal));
}
