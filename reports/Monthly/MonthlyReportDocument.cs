using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Common.Indicators;
using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Layout.Elements;
using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Monthly;

/// <summary>
/// The monthly report as a document, in the order of PUBLICATION §11: cover, contents, key findings
/// and the headline figures, then population, safety, staff, budget and production, the annexes, the
/// methodology and the back page; every table and chart numbered, with its source.
/// </summary>
public static class MonthlyReportDocument
{
    private static readonly string[] Headline =
        ["stock", "density_pct", "pretrial_pct", "deaths_per_10k", "escapes_per_10k", "vacancy_pct", "execution_ytd_pct", "employment_pct"];

    public static LayoutDocument Compose(MonthlyReport report)
    {
        var l = report.Labels;
        var culture = l.Language.Culture;
        var x = ReportParts.Exhibits(l, report.Period, report.DataVersion, report.Zone, report.Provisional);
        var contents = new Contents(l["contents"]);
        var population = report.MissingSource("population");
        return ReportParts.Document(l, report.Title, ReportParts.RunningHead(l, "title.monthly.short", report.Scope, report.Period), report.Period, report.GeneratedAt, contents, new Column([
            ReportParts.Cover(l, l["title.monthly"], report.Scope, report.Period, report.GeneratedAt, report.Zone, report.DataVersion, report.Missing.Rows.Count),
            contents,
            new PageBreak(),
            ReportParts.Part(l["section.findings"],
                ReportParts.Findings(KeyFindings.Of(report)),
                Tiles(report),
                x.Table(l["caption.summary"], TableLayout.Of(report.Summary, culture, l["unit.points"]), ExhibitSource.AllReturns, report.RatesNote, report.MembersNote)),
            ReportParts.Part(l["section.population"], population is not null ? [new Text(population, TextStyles.Body)] : [
                new KeepTogether(x.Table(l["caption.regions"], TableLayout.Of(report.Regions, culture), ExhibitSource.Population, report.Excluding("population"))),
                new KeepTogether(x.Figure(l["chart.density"], MonthlyCharts.DensityByRegion(report), ExhibitSource.Population, MonthlyCharts.DensityLines(report), report.Excluding("population"))),
                new KeepTogether(x.Figure(l.Format("chart.trend", report.Trend.Count), MonthlyCharts.Trend(report), ExhibitSource.Population)),
                new KeepTogether(x.Table(l["caption.security"], TableLayout.Of(report.Security, culture), ExhibitSource.Population, report.Excluding("population"))),
                new KeepTogether(x.Table(l["caption.overcrowded"], Body(report.Overcrowded, culture, l["note.overcrowded_none"]), ExhibitSource.Population, report.Excluding("population"))),
            ]),
            ReportParts.Part(l["section.incidents"],
                new KeepTogether(x.Table(l["caption.incidents"], TableLayout.Of(report.Incidents, culture), ExhibitSource.Incidents, report.RateMonths >= 12 ? null : report.RatesNote))),
            ReportParts.Part(l["section.staff"], Missing(report, "staffing") ?? new KeepTogether(x.Table(l["caption.staff"], TableLayout.Of(report.Staff, culture), ExhibitSource.Staffing, report.Excluding("staffing")))),
            ReportParts.Part(l["section.budget"], Missing(report, "budget_exec") is { } noBudget ? [noBudget] : [
                new KeepTogether(x.Table(l["caption.budget"], TableLayout.Of(report.Budget, culture), ExhibitSource.Budget, l["note.execution"], report.Excluding("budget_exec"))),
                new KeepTogether(x.Figure(l["chart.budget"], MonthlyCharts.CumulativeBudget(report), ExhibitSource.Budget)),
            ]),
            ReportParts.Part(l["section.production"], Missing(report, "production") is { } noProduction ? [noProduction] : [
                new KeepTogether(x.Table(l["caption.production"], TableLayout.Of(report.Production, culture), ExhibitSource.Production, report.Excluding("production"))),
                new KeepTogether(x.Figure(l["chart.production"], MonthlyCharts.OutputByCategory(report), ExhibitSource.Production)),
            ]),
            new PageBreak(),
            ReportParts.Part(l["section.quality"], [
                .. report.Sources.Where(s => s.Rows == 0).Select(s => (Element)new Text(report.MissingSource(s.Source!)! +
                    (s.RefusedReason is { } reason ? $" {l["quality.reason"]}: {reason}" : ""), TextStyles.Body)),
                x.Table(l["caption.missing"], Body(report.Missing, culture, l["quality.none"]), ExhibitSource.Intake),
                x.Table(l["caption.rejects"], Body(report.Rejects, culture, l["quality.no_rejects"]), ExhibitSource.Intake, report.Rejects.Note),
            ]),
            .. Revisions(report, x),
            ReportParts.Methodology(l, IndicatorCatalogue.Monthly),
            ReportParts.BackPage(l, report.Options, "monthly", report.Period, report.Symbols),
        ], spacing: 8));
    }


    private static Element Body(ReportTable table, System.Globalization.CultureInfo culture, string empty) =>
        table.Rows.Count == 0 ? new Text(empty, TextStyles.Body) : TableLayout.Of(table, culture);

    /// <summary>What stands in place of a part's tables and charts when the month lacks the source they come from.</summary>
    private static Element? Missing(MonthlyReport report, string source) =>
        report.MissingSource(source) is { } missing ? new Text(missing, TextStyles.Body) : null;

    /// <summary>The annex of revised figures, when the report has read them.</summary>
    private static IEnumerable<Element> Revisions(MonthlyReport report, Exhibits x)
    {
        var l = report.Labels;
        if (report.Revisions is not { } revisions)
            yield break;
        yield return ReportParts.Part(l["section.revisions"],
            x.Table(l["caption.revisions"], revisions.Rows.Count == 0 ? new Text(l["revisions.none"], TextStyles.Body) : TableLayout.Of(RevisionsAnnex.InWords(revisions), l.Language.Culture, l["unit.points"]),
                ExhibitSource.Publications, l[report.Scope.IsDepartment ? "revisions.note_department" : "revisions.note"]));
    }

    private static Element Tiles(MonthlyReport report)
    {
        var tiles = Headline.Select(key => IndicatorTiles.Tile(report.Indicator(key), report.Labels)).ToList();
        return new Column([
            new Row(tiles.Take(4).Select(t => new RowItem(t)).ToList(), spacing: 6),
            new Row(tiles.Skip(4).Select(t => new RowItem(t)).ToList(), spacing: 6),
        ], spacing: 2);
    }
}
