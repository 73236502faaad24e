using CorrAnalytics.Reports.Excel;
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
            Header = page => new Text(page.Number == 1 ? "" : title, TextStyles.Small, spaceAfter: 6), // no running head on the cover
            Footer = page => new Text(l.Format("page", page.Number, page.Total), TextStyles.Footer, Align.Right),
            Content = content,
        };
    }

    /// <summary>The frame of a report's workbook: its properties, and the header and footer of every printed sheet.</summary>
    public static WorkbookFrame Workbook(Labels l, string reportTitle, YearMonth period, DataVersion version, TimeZoneInfo zone) =>
        new($"{reportTitle} — {MonthTitle.Of(period, l.Language)}", $"{reportTitle}, {MonthTitle.Of(period, l.Language)}", l["org"], period.ToString(),
            DataVersionText(l, version, zone), l["page"]);

    /// <summary>"Data as of December 2, 2026, 12:51 (Astana time)": when the data the report reads was loaded, in the reader's words (the batch stays in the manifest), or ".." when nothing is loaded.</summary>
    public static string DataVersionText(Labels l, DataVersion version, TimeZoneInfo zone) => version.LastBatch is not null && version.LoadedAt is { } loaded
        ? l.Format("cover.data_version_value", ReportTime.Stamp(loaded, zone, l.Language.Culture), ZoneName(l, zone))
        : NumberFormat.NotAvailable;

    /// <summary>"Astana time" for the republic's zone (one zone, UTC+5, since March 2024); any other configured zone by its id.</summary>
    private static string ZoneName(Labels l, TimeZoneInfo zone) =>
        zone.Id is "Asia/Almaty" or "Asia/Astana" or "Asia/Qostanay" ? l["time.astana"] : zone.Id;

    /// <summary>
    /// The back page (PUBLICATION §1, §4, §5): the symbols the report uses and what they mean, the units and the
    /// rounding, and the revision policy, in the reader's language.
    /// </summary>
    public static Element BackPage(Labels l)
    {
        Element Symbol(string symbol, string meaning) =>
            new Text([new Span(symbol + "  ", TextStyles.Body with { Bold = true }), new Span(l[meaning], TextStyles.Body)]);
        return new Column([
            new PageBreak(),
            new Section(l["back.symbols"], new Column([
                new Text(l["back.symbols"], TextStyles.Heading1, spaceAfter: 2),
                Symbol(NumberFormat.NotAvailable, "back.symbol.not_available"),
                new Text(l["back.units"], TextStyles.Heading2),
                new Text(l["back.units.text"], TextStyles.Body),
                new Text(l["back.rounding"], TextStyles.Body),
                new Text(l["back.revisions"], TextStyles.Heading2),
                new Text(l["back.revisions.text"], TextStyles.Body),
            ], spacing: 4)),
        ]);
    }

    /// <summary>
    /// The cover, page 1 alone (PUBLICATION §1): the ministry and committee, the title, the period in
    /// words and the scope, then the release date, the data as of, and what is missing, in words.
    /// </summary>
    public static Element Cover(Labels l, string reportTitle, ReportScope scope, YearMonth period, DateTime generatedAt, TimeZoneInfo zone, DataVersion version, int missing)
    {
        var culture = l.Language.Culture;
        Element Line(string label, string value, string? color = null) =>
            new Text([new Span(l[label] + ": ", TextStyles.Body with { Bold = true }), new Span(value, TextStyles.Body.With(color))], Align.Center);
        return new Column([
            new Text(l["org.ministry"], TextStyles.Subtitle, Align.Center),
            new Text(l["org.committee"], TextStyles.Subtitle, Align.Center),
            new Spacer(150),
            new Text(reportTitle, TextStyles.Title, Align.Center, spaceAfter: 6),
            new Text(MonthTitle.InWords(period, l.Language), TextStyles.Title with { Size = 16 }, Align.Center, spaceAfter: 6),
            new Text(scope.IsDepartment ? scope.Name! : l["cover.scope_republic"], TextStyles.Subtitle, Align.Center),
            new Spacer(220),
            Line("cover.released", ReportTime.Date(DateOnly.FromDateTime(ReportTime.Local(generatedAt, zone)), culture)),
            new Text(DataVersionText(l, version, zone), TextStyles.Body, Align.Center),
            Line("cover.completeness", missing == 0 ? l["cover.complete"] : l.Format("cover.incomplete", missing.ToString("N0", culture)), missing == 0 ? null : Palette.Bad),
            new PageBreak(),
        ], spacing: 3);
    }
}
