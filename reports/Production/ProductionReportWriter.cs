using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Output;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Reports.Production;

/// <summary><c>corr report production</c>: the production output analysis (PDF and workbook) and its manifest.</summary>
public sealed class ProductionReportWriter(WarehouseSession session, TimeProvider clock)
{
    public ReportOutput Write(DateOnly period, ReportLanguage language, IReadOnlySet<string> formats, string folder)
    {
        var report = new ProductionReportBuilder(session, clock).Build(period, language);
        return ReportFiles.Write(folder, $"production_{period:yyyy-MM}_{language.Code}", formats,
            () => ProductionReportDocument.Compose(report), report.Tables,
            files => new ReportManifest("production", $"{period:yyyy-MM}", language.Code, formats.Order().ToList(), report.GeneratedAt,
                report.DataVersion.LastBatch, report.DataVersion.LoadedAt, report.DataVersion.BatchesUsed, files),
            $"manifest_production_{period:yyyy-MM}_{language.Code}.json");
    }
}
