using ClosedXML.Excel;
using CorrAnalytics.Reports.Excel;
using CorrAnalytics.Reports.Layout;
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
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, $"monthly_{period:yyyy-MM}_{language.Code}");
        var files = new List<string>();
        var pages = 0;
        if (formats.Contains("pdf"))
        {
            var bytes = PdfRenderer.Render(MonthlyReportDocument.Compose(report), null, out var pagination);
            pages = pagination.Pages.Count;
            File.WriteAllBytes(stem + ".pdf", bytes);
            files.Add(stem + ".pdf");
        }
        if (formats.Contains("xlsx"))
        {
            using var workbook = new XLWorkbook();
            foreach (var table in report.Tables)
                WorkbookWriter.AddSheet(workbook, table);
            workbook.SaveAs(stem + ".xlsx");
            files.Add(stem + ".xlsx");
        }
        var manifest = new ReportManifest("monthly", $"{period:yyyy-MM}", language.Code, formats.Order().ToList(), report.GeneratedAt,
            report.DataVersion.LastBatch, report.DataVersion.LoadedAt, report.DataVersion.BatchesUsed, files.Select(ReportManifest.Describe).ToList());
        return new ReportOutput(files, manifest.Write(folder, $"manifest_{period:yyyy-MM}_{language.Code}.json"), pages);
    }
}
