using CorrAnalytics.Warehouse.Files;
using ClosedXML.Excel;
using CorrAnalytics.Reports.Excel;
using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Common;

/// <summary>Writes a report's PDF and workbook (as asked) and its manifest.</summary>
public static class ReportFiles
{
    public static ReportOutput Write(
        string folder, string stem, DateTime generatedAt, IReadOnlySet<string> formats, Func<LayoutDocument> document, IEnumerable<ReportTable> tables,
        Func<IReadOnlyList<ManifestFile>, ReportManifest> manifest, string manifestName, string points, WorkbookFrame frame)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, stem);
        var files = new List<string>();
        var pages = 0;
        var warnings = new List<string>();
        // The workbook is built on the other core while the PDF is laid out and drawn; both stay in memory
        // until both are done, then go to disk one right after the other and the manifest last, so a
        // process killed while rendering leaves no workbook without its PDF (and a manifest only over whole files).
        var workbook = formats.Contains("xlsx") ? Task.Run(() => BuildWorkbook(tables, points, frame, generatedAt)) : null;
        byte[]? pdf = null;
        if (formats.Contains("pdf"))
        {
            pdf = PdfRenderer.Render(document(), null, out var pagination, out var drawn);
            warnings.AddRange(drawn);
            pages = pagination.Pages.Count;
        }
        var xlsx = workbook?.GetAwaiter().GetResult();
        if (pdf is not null)
        {
            AtomicFile.WriteAllBytes(path + ".pdf", pdf);
            files.Add(path + ".pdf");
        }
        if (xlsx is not null)
        {
            AtomicFile.WriteAllBytes(path + ".xlsx", xlsx);
            files.Add(path + ".xlsx");
        }
        var described = manifest(files.Select(ReportManifest.Describe).ToList()) with { Warnings = warnings };
        return new ReportOutput(files, described.Write(folder, manifestName), pages);
    }

    private static byte[] BuildWorkbook(IEnumerable<ReportTable> tables, string points, WorkbookFrame frame, DateTime generatedAt)
    {
        using var workbook = new XLWorkbook();
        frame.Apply(workbook);
        foreach (var table in tables)
            WorkbookWriter.AddSheet(workbook, table, points, frame);
        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        return DeterministicPackage.Normalize(saved.ToArray(), generatedAt);
    }
}
