using CorrAnalytics.Reports.Layout;

namespace CorrAnalytics.Reports.Tests.Support;

public static class PageFill
{
    /// <summary>
    /// Lays the document out with the PDF's own fonts: its number of parts (page runs ended by a page
    /// break or the end) and every page, but the last of a part, that is more than half empty.
    /// </summary>
    public static (int Parts, List<string> HalfEmpty) Of(LayoutDocument document)
    {
        PdfRenderer.Render(document, null, out var pagination);
        return (pagination.Pages.Count(p => p.EndsPart), pagination.Pages.Where(p => !p.EndsPart && p.Used < pagination.BodyHeight / 2)
            .Select(p => $"page {p.Number} of {pagination.Pages.Count}: {p.Used / pagination.BodyHeight:P0} used").ToList());
    }
}
