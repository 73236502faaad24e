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
        // The workbook is written on the other core while the PDF is laid out and drawn.
        var workbook = formats.Contains("xlsx") ? Task.Run(() => WriteWorkbook(path + ".xlsx", tables, points, frame, generatedAt)) : null;
        if (formats.Contains("pdf"))
        {
            var bytes = PdfRenderer.Render(document(), null, out var pagination, out var drawn);
            warnings.AddRange(drawn);
            pages = pagination.Pages.Count;
            AtomicFile.WriteAllBytes(path + ".pdf", bytes);
            files.Add(path + ".pdf");
        }
        if (workbook is not null)
        {
            workbook.GetAwaiter().GetResult();
            files.Add(path + ".xlsx");
        }
        var described = manifest(files.Select(ReportManifest.Describe).ToList()) with { Warnings = warnings };
        return new ReportOutput(files, described.Write(folder, manifestName), pages);
    }

    private static void WriteWorkbook(string path, IEnumerable<ReportTable> tables, string points, WorkbookFrame frame, DateTime generatedAt)
    {
        using var workbook = new XLWorkbook();
        frame.Apply(workbook);
        foreach (var table in tables)
            WorkbookWriter.AddSheet(workbook, table, points, frame);
        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        AtomicFile.WriteAllBytes(path, DeterministicPackage.Normalize(saved.ToArray(), generatedAt));
    }
}
