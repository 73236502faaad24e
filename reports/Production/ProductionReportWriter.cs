using CorrAnalytics.Reports.Common;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Production;

/// <summary><c>corr report production</c>: the production output analysis (PDF and workbook) and its manifest.</summary>
/// <param name="options">The site's contact, due day and release day (Corr:Reports); none by default.</param>
public sealed class ProductionReportWriter(WarehouseSession session, ProductClock clock, PublicationOptions? options = null)
{
    /// <param name="department">A department's code for its report (its facilities only, the republic's figures beside); null for the republic.</param>
    public ReportOutput Write(YearMonth period, ReportLanguage language, IReadOnlySet<string> formats, string folder, string? department = null)
    {
        var report = ReportScope.Render(session, department, period, language, scope => new ProductionReportBuilder(session, clock).Build(period, language, scope))
            with { Options = options ?? new() };
        var tag = report.Scope.FileTag;
        return ReportFiles.Write(folder, $"production_{period}{tag}_{language.Code}", report.GeneratedAt, formats,
            () => ProductionReportDocument.Compose(report), report.Tables,
            files => new ReportManifest("production", $"{period}", language.Code, formats.Order().ToList(), report.GeneratedAt,
                report.DataVersion.LastBatch, report.DataVersion.LoadedAt, report.DataVersion.BatchesUsed, files) { Scope = report.Scope.Code },
            $"manifest_production_{period}{tag}_{language.Code}.json", report.Labels["unit.points"],
            ReportParts.Workbook(report.Labels, report.Title, period, report.DataVersion, report.Zone, report.Scope, ExhibitSource.Production, report.Missing.Rows.Count));
    }
}
