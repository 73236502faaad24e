using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Monthly;

/// <summary><c>corr report monthly</c>: the report's PDF and workbook for one period and language, and its manifest.</summary>
/// <param name="options">The site's contact, due day, release day and suppression (Corr:Reports); none by default.</param>
public sealed class MonthlyReportWriter(WarehouseSession session, ProductClock clock, PublicationOptions? options = null)
{
    private readonly PublicationOptions _options = options ?? new();

    /// <param name="department">A department's code for its report (its facilities only, the republic's figures beside); null for the republic.</param>
    public ReportOutput Write(YearMonth period, ReportLanguage language, IReadOnlySet<string> formats, string folder, string? department = null)
    {
        var labels = Labels.For(language);
        var revised = RevisionsAnnex.Read(session, period, labels, department ?? ReportScope.NationalCode);
        var report = ReportScope.Render(session, department, period, language, scope => new MonthlyReportBuilder(session, clock).Build(period, language, scope, revised))
            with { Revisions = RevisionsAnnex.Table(revised, labels, clock.Zone), Options = _options };
        if (report.Scope.IsDepartment && _options.SuppressBelow > 0)
            report = report with { Incidents = Suppressed(report.Incidents) };
        var tag = report.Scope.FileTag;
        return ReportFiles.Write(folder, $"monthly_{period}{tag}_{language.Code}", report.GeneratedAt, formats,
            () => MonthlyReportDocument.Compose(report), report.Tables,
            files => new ReportManifest("monthly", $"{period}", language.Code, formats.Order().ToList(), report.GeneratedAt,
                report.DataVersion.LastBatch, report.DataVersion.LoadedAt, report.DataVersion.BatchesUsed, files) { Scope = report.Scope.Code },
            $"manifest_{period}{tag}_{language.Code}.json", report.Labels["unit.points"],
            ReportParts.Workbook(report.Labels, report.Title, period, report.DataVersion, report.Zone, report.Scope, ExhibitSource.AllReturns, report.Missing.Rows.Count));
    }

    /// <summary>
    /// A department's incidents with its small counts withheld (PUBLICATION §8): a count of the month or
    /// of 12 months below the threshold is "x", and so is the rate a withheld 12-month count would give away.
    /// </summary>
    private ReportTable Suppressed(ReportTable incidents)
    {
        var table = new ReportTable(incidents.SheetName, incidents.Columns).WithNote(incidents.Note);
        foreach (var row in incidents.Rows)
        {
            var (month, persons, year) = (_options.Suppress(row[1]), _options.Suppress(row[2]), _options.Suppress(row[3]));
            table.Add(row[0], month, persons, year, year is string ? NumberFormat.Suppressed : row[4]);
        }
        return table;
    }
}
