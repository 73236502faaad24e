using CorrAnalytics.Reports.Layout.Elements;

namespace CorrAnalytics.Reports.Layout;

/// <summary>
/// The second half of layout: places measured blocks on pages. A block that does not fit starts a
/// new page (repeating its table's header); a keep-together group moves whole when it fits on a
/// page; a block taller than a page is split. Nothing is drawn here, so page breaks are testable.
/// </summary>
public static class Paginator
{
    public static Pagination Paginate(LayoutDocument document, ITextMeasurer measurer)
    {
        var headerHeight = Height(document.Header, measurer, document.ContentWidth);
        var footerHeight = Height(document.Footer, measurer, document.ContentWidth);
        var body = document.PageHeight - document.Margins.Top - document.Margins.Bottom - headerHeight - footerHeight;
        var pages = Place(document.Content.Layout(measurer, document.ContentWidth).ToList(), body);
        return new Pagination(pages, headerHeight, footerHeight, body);
    }

    private static double Height(Func<PageInfo, Element>? part, ITextMeasurer measurer, double width) =>
        part is null ? 0 : part(new PageInfo(1, 1)).Layout(measurer, width).Sum(b => b.Height);

    public static List<LaidOutPage> Place(List<Block> blocks, double pageHeight)
    {
        var pages = new List<LaidOutPage>();
        var current = new List<PlacedBlock>();
        var y = 0.0;

        void NewPage(bool endsPart = false)
        {
            pages.Add(new LaidOutPage(pages.Count + 1, current) { EndsPart = endsPart });
            current = [];
            y = 0;
        }

        void Put(Block block)
        {
            current.Add(new PlacedBlock(block, y));
            y += block.Height;
        }

        void StartContinuation(Block block)
        {
            NewPage();
            if (block.RepeatedHeader is { } header)
                Put(header);
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.PageBreakBefore)
            {
                if (current.Count > 0) NewPage(endsPart: true);
                continue;
            }
            if (block.KeepGroup != 0 && (i == 0 || blocks[i - 1].KeepGroup != block.KeepGroup))
            {
                var group = blocks.Skip(i).TakeWhile(b => b.KeepGroup == block.KeepGroup).Sum(b => b.Height);
                if (current.Count > 0 && y + group > pageHeight && group <= pageHeight)
                    StartContinuation(block);
            }
            if (current.Count > 0 && y + block.Height > pageHeight && block.Height > 0)
            {
                if (block.Kind == "spacing")
                    continue; // space at a page break is dropped
                StartContinuation(block);
            }
            while (y + block.Height > pageHeight && block.Split?.Invoke(pageHeight - y) is { } parts)
            {
                Put(parts.First);
                StartContinuation(parts.Remainder);
                block = parts.Remainder;
            }
            Put(block);
        }
        if (current.Count > 0 || pages.Count == 0)
            NewPage(endsPart: true);
        return pages;
    }
}
