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
        if (document.Contents is { } contents)
            pages = PlaceWithContents(document, measurer, body, contents, pages);
        return new Pagination(pages, headerHeight, footerHeight, body);
    }

    /// <summary>
    /// Places again with the contents page listing what the last placing put where, until its entries
    /// point at the pages they are on (a longer contents page moves what follows it; a few passes settle).
    /// </summary>
    private static List<LaidOutPage> PlaceWithContents(LayoutDocument document, ITextMeasurer measurer, double body, Contents contents, List<LaidOutPage> pages)
    {
        for (var pass = 0; pass < 5; pass++)
        {
            var entries = Entries(pages, contents.Title);
            if (entries.SequenceEqual(contents.Entries))
                return pages;
            contents.Entries = entries;
            pages = Place(document.Content.Layout(measurer, document.ContentWidth).ToList(), body);
        }
        throw new InvalidOperationException("The contents page does not settle: its entries keep moving the pages they point at.");
    }

    /// <summary>
    /// The height of a run of headings and captions with what must follow them on their page: a table's
    /// header and two rows, three lines, or a chart; or all of a keep-together group that follows, when it
    /// fits on a page (it would move whole and leave the heading behind).
    /// </summary>
    private static double WithFollowers(List<Block> blocks, int first, double pageHeight, double y)
    {
        var height = 0.0;
        var i = first;
        for (; i < blocks.Count && (blocks[i].KeepWithNext || blocks[i].Kind == "spacing"); i++)
            height += blocks[i].Height;
        var start = blocks[first].KeepGroup != 0 ? first : i;
        if (start < blocks.Count && blocks[start].KeepGroup is var group and not 0)
        {
            var whole = blocks.Skip(start).TakeWhile(b => b.KeepGroup == group).Sum(b => b.Height);
            if (whole <= pageHeight && MovesWhole(blocks, start, y, pageHeight))
                return blocks.Skip(first).Take(start - first).Sum(b => b.Height) + whole;
        }
        for (var followers = 0; i < blocks.Count && followers < 3 && !blocks[i].PageBreakBefore; i++)
        {
            height += blocks[i].Height;
            if (blocks[i].Kind == "chart")
                break;
            if (blocks[i].Height > 0 && blocks[i].Kind != "spacing")
                followers++;
        }
        return height;
    }

    /// <summary>
    /// Whether a keep-together group that does not fit moves whole to the next page: always when it holds
    /// a chart (a chart cannot split) or when this page is at least half used; a table that would leave
    /// the page more than half empty starts here instead and continues with its header repeated.
    /// </summary>
    private static bool MovesWhole(List<Block> blocks, int start, double y, double pageHeight)
    {
        var group = blocks[start].KeepGroup;
        var members = blocks.Skip(start).TakeWhile(b => b.KeepGroup == group).ToList();
        return y >= pageHeight / 2 || members.Any(b => b.Kind == "chart") || !members.Any(b => b.RepeatedHeader is not null);
    }

    /// <summary>Rows a split table leaves at least on each page (with the header and totals): never one row alone.</summary>
    private const int MinimumRows = 3;

    /// <summary>
    /// Where a keep-together table that starts in <paramref name="room"/> continues: the first row that
    /// does not fit, moved back so that at least <see cref="MinimumRows"/> rows go on to the next page;
    /// null when fewer than that many would stay (then the table moves whole).
    /// </summary>
    private static int? SplitRow(List<Block> blocks, int start, double room)
    {
        var group = blocks[start].KeepGroup;
        var end = start;
        while (end < blocks.Count && blocks[end].KeepGroup == group)
            end++;
        var rows = Enumerable.Range(start, end - start).Where(k => blocks[k].Kind is "table-row" or "table-total").ToList();
        var used = 0.0;
        var first = end;
        for (var k = start; k < end; used += blocks[k].Height, k++)
            if (used + blocks[k].Height > room)
            {
                first = k;
                break;
            }
        var staying = rows.Count(k => k < first);
        var split = rows.Count - staying < MinimumRows ? rows[Math.Max(0, rows.Count - MinimumRows)] : first;
        return rows.Count(k => k < split) >= MinimumRows && rows.Contains(split) ? split : null;
    }

    private static List<ContentsEntry> Entries(IEnumerable<LaidOutPage> pages, string contentsTitle) =>
        pages.SelectMany(p => p.Blocks.Where(b => b.Block.Bookmark is { } mark && mark.Title != contentsTitle)
            .Select(b => new ContentsEntry(b.Block.Bookmark!.Value.Title, b.Block.Bookmark.Value.Level, p.Number))).ToList();

    private static double Height(Func<PageInfo, Element>? part, ITextMeasurer measurer, double width) =>
        part is null ? 0 : part(new PageInfo(1, 1)).Layout(measurer, width).Sum(b => b.Height);

    public static List<LaidOutPage> Place(List<Block> blocks, double pageHeight)
    {
        var pages = new List<LaidOutPage>();
        var current = new List<PlacedBlock>();
        var y = 0.0;
        var breakBefore = new HashSet<int>(); // rows a table split moves to the next page so that none is left there alone

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
            if (block.KeepWithNext && current.Count > 0 && (i == 0 || !blocks[i - 1].KeepWithNext))
            {
                var needed = WithFollowers(blocks, i, pageHeight, y);
                if (y + needed > pageHeight && needed <= pageHeight)
                    StartContinuation(block); // a group's subtotal row inside a table takes the table's header along
            }
            if (block.KeepGroup != 0 && (i == 0 || blocks[i - 1].KeepGroup != block.KeepGroup))
            {
                var group = blocks.Skip(i).TakeWhile(b => b.KeepGroup == block.KeepGroup).Sum(b => b.Height);
                if (current.Count > 0 && y + group > pageHeight && group <= pageHeight)
                {
                    if (MovesWhole(blocks, i, y, pageHeight) || SplitRow(blocks, i, pageHeight - y) is not { } split)
                        StartContinuation(block);
                    else
                        breakBefore.Add(split);
                }
            }
            if (breakBefore.Remove(i) && current.Count > 0)
                StartContinuation(block);
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
