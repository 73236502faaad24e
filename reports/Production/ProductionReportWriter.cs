using CorrAnalytics.Reports.Common;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Production;

/// <summary><c>corr report production</c>: the production output analysis (PDF and workbook) and its manifest.</summary>
public sealed class ProductionReportWriter(WarehouseSession session, TimeProvider clock, TimeZoneInfo? zone = null)
{
    public ReportOutput Write(YearMonth period, ReportLanguage language, IReadOnlySet<string> formats, string folder)
    {
        var report = new ProductionReportBuilder(session, clock, zone).Build(period, language);
        return ReportFiles.Write(folder, $"production_{period}_{language.Code}", report.GeneratedAt, formats,
            () => ProductionReportDocument.Compose(report), report.Tables,
            files => new ReportManifest("production", $"{period}", language.Code, formats.Order().ToList(), report.GeneratedAt,
                report.DataVersion.LastBatch, report.DataVersion.LoadedAt, report.DataVersion.BatchesUsed, files),
            $"manifest_production_{period}_{language.Code}.json", report.Labels["unit.points"]);
    }
}
