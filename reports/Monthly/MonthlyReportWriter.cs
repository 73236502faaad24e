using CorrAnalytics.Reports.Output;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Reports.Monthly;

public sealed record ReportOutput(IReadOnlyList<string> Files, string Manifest, int Pages);

/// <summary><c>corr report monthly</c>: the report's PDF and workbook for one period and language, and its manifest.</summary>
public sealed class MonthlyReportWriter(WarehouseSession session, TimeProvider clock)
{
    public ReportOutput Write(DateOnly period, ReportLanguage language, IReadOnlySet<string> formats, string folder)
    {
        var report = new MonthlyReportBuilder(session, clock).Build(period, language);
        return ReportFiles.Write(folder, $"monthly_{period:yyyy-MM}_{language.Code}", formats,
            () => MonthlyReportDocument.Compose(report), report.Tables,
            files => new ReportManifest("monthly", $"{period:yyyy-MM}", language.Code, formats.Order().ToList(), report.GeneratedAt,
                report.DataVersion.LastBatch, report.DataVersion.LoadedAt, report.DataVersion.BatchesUsed, files),
            $"manifest_{period:yyyy-MM}_{language.Code}.json");
    }
}
