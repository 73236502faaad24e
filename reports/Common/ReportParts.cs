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
    /// <param name="contents">The contents page inside <paramref name="content"/>, whose page numbers the paginator fills in.</param>
    /// <param name="runningHead">The short head of every page but the cover (<see cref="RunningHead"/>).</param>
    public static LayoutDocument Document(Labels l, string reportTitle, string runningHead, YearMonth period, DateTime generatedAt, Contents? contents, Element content)
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
            Header = page => new Text(page.Number == 1 ? "" : runningHead, TextStyles.Small, spaceAfter: 6), // no running head on the cover
            Footer = page => new Text(l.Format("page", page.Number, page.Total), TextStyles.Footer, Align.Right),
            Content = content,
            Contents = contents,
        };
    }

    /// <summary>A part of a report: its heading (an outline and contents entry) and what it holds.</summary>
    public static Element Part(string title, params Element[] content) =>
        new Section(title, new Column([new Text(title, TextStyles.Heading1, spaceAfter: 2), .. content], spacing: 8));

    /// <summary>
    /// The methodology (PUBLICATION §6), on pages of its own: how the figures are computed and counted,
    /// then every indicator the report prints, by its name, with its definition, basis and unit from the catalogue.
    /// </summary>
    /// <param name="counting">The label of the report's counting rules (meth.counting for the monthly report, meth.counting.production).</param>
    public static Element Methodology(Labels l, IEnumerable<Indicators.IndicatorDefinition> indicators, string counting = "meth.counting") =>
        new Column([
            new PageBreak(),
            Part(l["section.methodology"], [
                new Text(l["meth.intro"], TextStyles.Body),
                new Text(l[counting], TextStyles.Body),
                new Text(l["meth.changes"], TextStyles.Body),
                new Column(indicators.Select(d => (Element)new Text([
                    new Span(l[d.LabelKey] + " — ", TextStyles.Body with { Bold = true }), new Span(l[d.DefinitionKey], TextStyles.Body)])).ToList(), spacing: 3),
            ]),
        ]);

    /// <summary>Key findings as a list of sentences, each its own paragraph with a bullet.</summary>
    public static Element Findings(IEnumerable<string> sentences) =>
        new Column(sentences.Select(s => (Element)new Text([new Span("•  " + s, TextStyles.Body)])).ToList(), spacing: 3);

    /// <summary>The numbering of a report's tables and figures, each captioned with the period and sourced with the data as of.</summary>
    /// <param name="provisional">The month's figures are provisional (a source is incomplete): every caption's period carries "p".</param>
    public static Exhibits Exhibits(Labels l, YearMonth period, DataVersion version, TimeZoneInfo zone, bool provisional) =>
        new(l, MonthTitle.InCaption(period, l.Language) + (provisional ? "\u00A0" + NumberFormat.Provisional : ""), DataVersionText(l, version, zone));

    /// <summary>
    /// The running head (PUBLICATION §1: short, title and period): the report's short title, the department
    /// by its abbreviation (ДУИС по Карагандинской области…), and the month.
    /// </summary>
    public static string RunningHead(Labels l, string shortTitleKey, ReportScope scope, YearMonth period)
    {
        var scopePart = scope.IsDepartment ? " — " + scope.Name!.Replace(l["running.department"], l["running.department_short"], StringComparison.Ordinal) : "";
        return $"{l[shortTitleKey]}{scopePart} — {MonthTitle.Of(period, l.Language)}";
    }

    /// <summary>The frame of a report's workbook: its properties, and the header and footer of every printed sheet.</summary>
    /// <param name="source">Where the workbook's figures come from, said on every sheet.</param>
    /// <param name="missing">How many facility returns the month lacks.</param>
    public static WorkbookFrame Workbook(Labels l, string reportTitle, YearMonth period, DataVersion version, TimeZoneInfo zone, ReportScope scope, ExhibitSource source, int missing) =>
        new($"{reportTitle} — {MonthTitle.Of(period, l.Language)}", $"{reportTitle}, {MonthTitle.Of(period, l.Language)}", l["org"], period.ToString(),
            DataVersionText(l, version, zone), l["page"])
        {
            TitleBlock =
            [
                $"{reportTitle} — {MonthTitle.Of(period, l.Language)}",
                scope.IsDepartment ? scope.Name! : l["cover.scope_republic"],
                l["workbook.units"],
                Common.Exhibits.SourceLine(l, source, DataVersionText(l, version, zone)),
                Completeness(l, missing),
            ],
            None = l["workbook.none"],
        };

    private static string Completeness(Labels l, int missing) =>
        $"{l["cover.completeness"]}: {(missing == 0 ? l["cover.complete"] : l.Format("cover.incomplete", missing.ToString("N0", l.Language.Culture)))}";

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
    /// <param name="symbols">The symbols besides ".." that the report prints (<see cref="NumberFormat.Revised"/>, <see cref="NumberFormat.Provisional"/>).</param>
    /// <param name="kind">The report ("monthly", "production"), whose next release the back page names.</param>
    public static Element BackPage(Labels l, PublicationOptions options, string kind, YearMonth period, params string[] symbols)
    {
        var culture = l.Language.Culture;
        Element Symbol(string symbol, string meaning) =>
            new Text([new Span(symbol + "  ", TextStyles.Body with { Bold = true }), new Span(l[meaning], TextStyles.Body)]);
        return new Column([
            new PageBreak(),
            new Section(l["back.symbols"], new Column([
                new Text(l["back.symbols"], TextStyles.Heading1, spaceAfter: 2),
                .. symbols.Contains(NumberFormat.Nil) ? [Symbol(NumberFormat.Nil, "back.symbol.nil")] : Array.Empty<Element>(),
                Symbol(NumberFormat.NotAvailable, "back.symbol.not_available"),
                .. symbols.Contains(NumberFormat.Provisional) ? [Symbol(NumberFormat.Provisional, "back.symbol.provisional")] : Array.Empty<Element>(),
                .. symbols.Contains(NumberFormat.Revised) ? [Symbol(NumberFormat.Revised, "back.symbol.revised")] : Array.Empty<Element>(),
                .. symbols.Contains(NumberFormat.Suppressed) ? [Symbol(NumberFormat.Suppressed, "back.symbol.suppressed")] : Array.Empty<Element>(),
                new Text(l["back.units"], TextStyles.Heading2),
                new Text(l["back.units.text"], TextStyles.Body),
                new Text(l["back.rounding"], TextStyles.Body),
                new Text(l["back.revisions"], TextStyles.Heading2),
                new Text(l["back.revisions.text"], TextStyles.Body),
                .. options.DueDate(period) is { } due
                    ? [new Text(l.Format("back.due", MonthTitle.InCaption(period, l.Language), ReportTime.Date(due, culture)), TextStyles.Body)]
                    : Array.Empty<Element>(),
                .. options.SuppressBelow > 0 ? [new Text(l.Format("back.suppression", options.SuppressBelow), TextStyles.Body)] : Array.Empty<Element>(),
                .. options.NextRelease(kind, period) is { } next
                    ? [new Text(l["back.next_release"], TextStyles.Heading2), new Text(l.Format("back.next_release.text", MonthTitle.InCaption(period.Next, l.Language), ReportTime.Date(next, culture)), TextStyles.Body)]
                    : Array.Empty<Element>(),
                .. options.ContactFor(l.Language) is { } contact // lines split by a new line, or by "\n" as an environment variable writes it
                    ? [new Text(l["back.contact"], TextStyles.Heading2), .. contact.Split(["\n", "\\n"], StringSplitOptions.None).Select(line => (Element)new Text(line.Trim(), TextStyles.Body))]
                    : Array.Empty<Element>(),
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
            new Text(Completeness(l, missing), TextStyles.Body.With(missing == 0 ? null : Palette.Bad), Align.Center),
            new PageBreak(),
        ], spacing: 3);
    }
}
