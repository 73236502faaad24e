using CorrAnalytics.Reports.Common;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Monthly;

/// <summary><c>corr report monthly</c>: the report's PDF and workbook for one period and language, and its manifest.</summary>
public sealed class MonthlyReportWriter(WarehouseSession session, TimeProvider clock, TimeZoneInfo? zone = null)
{
    public ReportOutput Write(YearMonth period, ReportLanguage language, IReadOnlySet<string> formats, string folder)
    {
        var report = new MonthlyReportBuilder(session, clock, zone).Build(period, language);
        return ReportFiles.Write(folder, $"monthly_{period}_{language.Code}", report.GeneratedAt, formats,
            () => MonthlyReportDocument.Compose(report), report.Tables,
            files => new ReportManifest("monthly", $"{period}", language.Code, formats.Order().ToList(), report.GeneratedAt,
                report.DataVersion.LastBatch, report.DataVersion.LoadedAt, report.DataVersion.BatchesUsed, files),
            $"manifest_{period}_{language.Code}.json", report.Labels["unit.points"]);
    }
}
