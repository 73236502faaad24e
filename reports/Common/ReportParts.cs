using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Common;

/// <summary>What every report document shares: its frame (metadata, header, footer) and its cover lines.</summary>
public static class ReportParts
{
    public static LayoutDocument Document(Labels l, string reportTitle, YearMonth period, DateTime generatedAt, Element content)
    {
        var title = $"{reportTitle} — {MonthTitle.Of(period, l.Language)}";
        return new LayoutDocument
        {
            Title = title,
            Subject = reportTitle,
            Author = l["org"],
            Keywords = period.ToString(),
            Language = l.Language.Culture.Name,
            CreatedAt = generatedAt,
            Header = _ => new Text(title, TextStyles.Small, spaceAfter: 6),
            Footer = page => new Text($"{l["page"]} {LayoutDocument.PageNumber(page)}", TextStyles.Footer, Align.Right),
            Content = content,
        };
    }

    /// <summary>"batch N, loaded at …" in the report's language and time zone, or a dash when nothing is loaded.</summary>
    public static string DataVersionText(Labels l, DataVersion version, TimeZoneInfo zone) => version.LastBatch is { } batch
        ? l.Format("cover.data_version_value", batch, version.LoadedAt is { } loaded ? ReportTime.Stamp(loaded, zone, l.Language.Culture) : "—")
        : "—";

    /// <summary>Organisation, title, period, then generated-at, data version and completeness.</summary>
    public static Element Cover(Labels l, string reportTitle, YearMonth period, DateTime generatedAt, TimeZoneInfo zone, DataVersion version, int missing, bool showLanguage)
    {
        var culture = l.Language.Culture;
        Element Line(string label, string value, string? color = null) =>
            new Text([new Span(l[label] + ": ", TextStyles.Body with { Bold = true }), new Span(value, TextStyles.Body.With(color))]);
        var lines = new List<Element>
        {
            new Text(l["org"], TextStyles.Subtitle),
            new Text(reportTitle, TextStyles.Title),
            new Text(MonthTitle.Of(period, l.Language), TextStyles.Title with { Size = 16 }, spaceAfter: 4),
        };
        if (showLanguage)
            lines.Add(Line("cover.language", l["lang." + l.Language.Code]));
        lines.Add(Line("cover.generated", ReportTime.Stamp(generatedAt, zone, culture)));
        lines.Add(Line("cover.data_version", DataVersionText(l, version, zone)));
        lines.Add(Line("cover.completeness", missing == 0 ? l["cover.complete"] : l.Format("cover.incomplete", missing.ToString("N0", culture)), missing == 0 ? null : Palette.Bad));
        return new Column(lines, spacing: 2);
    }
}
