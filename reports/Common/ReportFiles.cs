using ClosedXML.Excel;
using CorrAnalytics.Reports.Excel;
using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Common;

/// <summary>Writes a report's PDF and workbook (as asked) and its manifest.</summary>
public static class ReportFiles
{
    public static ReportOutput Write(
        string folder, string stem, IReadOnlySet<string> formats, Func<LayoutDocument> document, IEnumerable<ReportTable> tables,
        Func<IReadOnlyList<ManifestFile>, ReportManifest> manifest, string manifestName)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, stem);
        var files = new List<string>();
        var pages = 0;
        if (formats.Contains("pdf"))
        {
            var bytes = PdfRenderer.Render(document(), null, out var pagination);
            pages = pagination.Pages.Count;
            File.WriteAllBytes(path + ".pdf", bytes);
            files.Add(path + ".pdf");
        }
        if (formats.Contains("xlsx"))
        {
            using var workbook = new XLWorkbook();
            foreach (var table in tables)
                WorkbookWriter.AddSheet(workbook, table);
            workbook.SaveAs(path + ".xlsx");
            files.Add(path + ".xlsx");
        }
        return new ReportOutput(files, manifest(files.Select(ReportManifest.Describe).ToList()).Write(folder, manifestName), pages);
    }
}
