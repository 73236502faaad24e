using System.Diagnostics;
using CorrAnalytics.Reports.Layout;
using CorrAnalytics.Reports.Showcase;

namespace CorrAnalytics.Cli.Bench;

/// <summary>The PDF layout layer on a long table: milliseconds per page, warm, and kilobytes per page.</summary>
public static class LayoutBenchmark
{
    public static void Run(BenchReport report, DateTime createdAt)
    {
        PdfRenderer.Render(LayoutShowcase.LongTableDocument(200, createdAt)); // warm up fonts and code paths
        var clock = Stopwatch.StartNew();
        var bytes = PdfRenderer.Render(LayoutShowcase.LongTableDocument(4_500, createdAt), null, out var pagination);
        var elapsed = clock.Elapsed;
        var pages = pagination.Pages.Count;
        var msPerPage = elapsed.TotalMilliseconds / pages;
        var kbPerPage = bytes.Length / 1024.0 / pages;
        report.Add("PDF layout: long table document", elapsed, pages, $"{pages} pages, {msPerPage:0.0} ms/page, {kbPerPage:0.0} KB/page");
        report.Target("PDF layout ≤ 10 ms per page (warm)", $"{msPerPage:0.0} ms", msPerPage <= 10);
        report.Target("PDF text page ≤ 15 KB", $"{kbPerPage:0.0} KB", kbPerPage <= 15);
    }
}
