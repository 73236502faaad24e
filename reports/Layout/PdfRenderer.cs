using CorrAnalytics.Reports.Layout.Pdf;

namespace CorrAnalytics.Reports.Layout;

/// <summary>Lays a document out, paginates it, and draws it to PDF bytes.</summary>
public static class PdfRenderer
{
    public static byte[] Render(LayoutDocument document, FontLocator? fonts = null) => Render(document, fonts, out _);

    public static byte[] Render(LayoutDocument document, FontLocator? fonts, out Pagination pagination) =>
        Render(document, fonts, out pagination, out _);

    /// <summary>Also says what could not be drawn as written (characters the font lacks, drawn as a replacement).</summary>
    public static byte[] Render(LayoutDocument document, FontLocator? fonts, out Pagination pagination, out IReadOnlyList<string> warnings)
    {
        using var surface = new PdfSurface(document, fonts);
        pagination = Paginator.Paginate(document, surface);
        var total = pagination.Pages.Count;
        var left = document.Margins.Left;
        var bodyTop = document.Margins.Top + pagination.HeaderHeight;
        foreach (var page in pagination.Pages)
        {
            surface.BeginPage(document.PageWidth, document.PageHeight);
            var info = new PageInfo(page.Number, total);
            DrawPart(document.Header?.Invoke(info), surface, document, document.Margins.Top);
            foreach (var placed in page.Blocks)
            {
                if (placed.Block.Bookmark is { } mark)
                    surface.Bookmark(mark.Title, mark.Level);
                placed.Block.Draw(surface, left, bodyTop + placed.Top);
            }
            DrawPart(document.Footer?.Invoke(info), surface, document, document.PageHeight - document.Margins.Bottom - pagination.FooterHeight);
        }
        warnings = surface.Warnings;
        return surface.Save();
    }

    private static void DrawPart(Elements.Element? part, IDrawingSurface surface, LayoutDocument document, double top)
    {
        if (part is null) return;
        var y = top;
        foreach (var block in part.Layout(surface, document.ContentWidth))
        {
            block.Draw(surface, document.Margins.Left, y);
            y += block.Height;
        }
    }
}
