namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>One line of a contents page: an outline entry and the page it points at.</summary>
public sealed record ContentsEntry(string Title, int Level, int Page);

/// <summary>
/// The contents page: every outline entry after it (sections, then the numbered tables and figures
/// under them) with its page number. The paginator fills <see cref="Entries"/> from a first placing
/// and places again until the page numbers no longer move (<see cref="Paginator"/>).
/// </summary>
public sealed class Contents(string title) : Element
{
    private const double Indent = 14;
    private const double NumberWidth = 36;

    public string Title { get; } = title;

    public IReadOnlyList<ContentsEntry> Entries { get; set; } = [];

    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width)
    {
        yield return new Block("contents-title", 0, (_, _, _) => { }) { Bookmark = (Title, 0) };
        foreach (var block in new Text(Title, TextStyles.Heading1, spaceAfter: 6).Layout(measurer, width))
            yield return block;
        foreach (var entry in Entries)
        {
            var style = entry.Level == 0 ? TextStyles.Body with { Bold = true } : TextStyles.Body;
            var indent = entry.Level * Indent;
            var lines = TextWrapper.Wrap([new Span(entry.Title, style)], width - indent - NumberWidth, measurer);
            var page = entry.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var last = i == lines.Count - 1;
                var space = entry.Level == 0 && i == 0 ? 4 : 0.0;
                yield return new Block("contents-entry", line.Height + space, (s, x, top) =>
                {
                    line.Draw(s, x + indent, top + space, width - indent - NumberWidth, Align.Left);
                    if (last)
                        s.Text(page, style, x + width - s.Width(page, style), top + space);
                }) { Text = last ? $"{line.Plain} {page}" : line.Plain };
            }
        }
    }
}
