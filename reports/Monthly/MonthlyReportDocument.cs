using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Monthly;

/// <summary>The monthly report as a document: cover and summary first, so the first two pages give the state of the system.</summary>
public static class MonthlyReportDocument
{
    private static readonly string[] Headline =
        ["stock", "density_pct", "pretrial_pct", "deaths_per_10k", "escapes_per_10k", "vacancy_pct", "execution_ytd_pct", "employment_pct"];

    public static LayoutDocument Compose(MonthlyReport report)
    {
        var l = report.Labels;
        var culture = l.Language.Culture;
        return ReportParts.Document(l, report.Title, report.Period, report.GeneratedAt, new Column([
            ReportParts.Cover(l, l["title.monthly"], report.Scope, report.Period, report.GeneratedAt, report.Zone, report.DataVersion, report.Missing.Rows.Count),
            new Section(l["section.summary"], new Column([Heading(l["section.summary"]), Tiles(report), SummaryTable(report), new Text(report.RatesNote, TextStyles.Note), .. Note(report.MembersNote)])),
            new Section(l["section.charts"], new KeepTogether(MonthlyCharts.Trend(report))),
            TableSection(l["section.regions"], report.Regions, report, () => MonthlyCharts.DensityByRegion(report), missing: report.MissingSource("population")),
            TableSection(l["section.security"], report.Security, report, missing: report.MissingSource("population")),
            TableSection(l["section.overcrowded"], report.Overcrowded, report, empty: l["note.overcrowded_none"], missing: report.MissingSource("population")),
            TableSection(l["section.incidents"], report.Incidents, report, note: report.RateMonths >= 12 ? null : report.RatesNote),
            TableSection(l["section.staff"], report.Staff, report, missing: report.MissingSource("staffing")),
            TableSection(l["section.budget"], report.Budget, report, () => MonthlyCharts.CumulativeBudget(report), note: l["note.execution"], missing: report.MissingSource("budget_exec")),
            TableSection(l["section.production"], report.Production, report, () => MonthlyCharts.OutputByCategory(report), missing: report.MissingSource("production")),
            new PageBreak(),
            new Section(l["section.quality"], new Column([
                Heading(l["section.quality"]),
                .. report.Sources.Where(s => s.Rows == 0).Select(s => (Element)new Text(report.MissingSource(s.Source!)! +
                    (s.RefusedReason is { } reason ? $" {l["quality.reason"]}: {reason}" : ""), TextStyles.Body)),
                new Text(l["quality.missing"], TextStyles.Heading2),
                report.Missing.Rows.Count == 0 ? new Text(l["quality.none"], TextStyles.Body) : TableLayout.Of(report.Missing, culture),
                new Text(l["quality.rejects"], TextStyles.Heading2),
                report.Rejects.Rows.Count == 0 ? new Text(l["quality.no_rejects"], TextStyles.Body) : TableLayout.Of(report.Rejects, culture),
                .. Note(report.Rejects.Note),
            ])),
            .. Revisions(report),
            ReportParts.BackPage(l),
        ], spacing: 8));
    }

    private static Element Heading(string text) => new Text(text, TextStyles.Heading1, spaceAfter: 2);

    /// <summary>The annex of revised figures, when the report has read them.</summary>
    private static IEnumerable<Element> Revisions(MonthlyReport report)
    {
        var l = report.Labels;
        if (report.Revisions is not { } revisions)
            yield break;
        yield return new Section(l["section.revisions"], new Column([
            Heading(l["section.revisions"]),
            revisions.Rows.Count == 0 ? new Text(l["revisions.none"], TextStyles.Body) : TableLayout.Of(revisions, l.Language.Culture, l["unit.points"]),
            new Text(l[report.Scope.IsDepartment ? "revisions.note_department" : "revisions.note"], TextStyles.Note),
        ]));
    }

    private static Element Tiles(MonthlyReport report)
    {
        var tiles = Headline.Select(key => IndicatorTiles.Tile(report.Indicator(key), report.Labels)).ToList();
        return new Column([
            new Row(tiles.Take(4).Select(t => new RowItem(t)).ToList(), spacing: 6),
            new Row(tiles.Skip(4).Select(t => new RowItem(t)).ToList(), spacing: 6),
        ], spacing: 2);
    }

    private static Element SummaryTable(MonthlyReport report) =>
        TableLayout.Of(report.Summary, report.Labels.Language.Culture, report.Labels["unit.points"]);

    /// <param name="missing">What stands in place of the table and its chart when the month lacks the source they come from.</param>
    private static Element TableSection(string title, ReportTable table, MonthlyReport report, Func<Element>? chart = null, string? empty = null, string? note = null, string? missing = null)
    {
        var culture = report.Labels.Language.Culture;
        if (missing is not null)
            return new Section(title, new KeepTogether(new Column([Heading(title), new Text(missing, TextStyles.Body)], spacing: 4)));
        Element body = table.Rows.Count == 0 && empty is not null ? new Text(empty, TextStyles.Body) : TableLayout.Of(table, culture);
        List<Element> content = note is null ? [Heading(title), body] : [Heading(title), body, new Text(note, TextStyles.Note)];
        var parts = new List<Element> { new KeepTogether(new Column(content, spacing: 4)) };
        if (chart is not null)
            parts.Add(new KeepTogether(chart()));
        return new Section(title, new Column(parts, spacing: 6));
    }

    private static Element[] Note(string? note) => note is null ? [] : [new Text(note, TextStyles.Note)];
}
