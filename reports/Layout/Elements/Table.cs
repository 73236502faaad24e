namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>
/// A table: a header repeated on every page it continues on, rows never split unless one is taller
/// than a page, zebra rows, rules, numbers aligned by their column, an optional totals row.
/// </summary>
public sealed class Table(IReadOnlyList<TableColumn> columns) : Element
{
    private const double Padding = 3;
    private readonly List<string[]> _rows = [];
    private readonly HashSet<int> _subtotals = [];
    private string[]? _totals;

    public bool Zebra { get; init; } = true;

    public int RowCount => _rows.Count;

    /// <summary>The line above the header where the table continues on another page ("Table 5. … (continued)"); none when null.</summary>
    public string? Continued { get; set; }

    /// <summary>The header as it is drawn again on a continuation page: the continued line, then the header.</summary>
    private static Block WithContinued(Block header, string continued, ITextMeasurer measurer, double width)
    {
        var lines = TextWrapper.Wrap([new Span(continued, TextStyles.Footer)], width, measurer);
        var above = lines.Sum(l => l.Height);
        return new Block("table-header", above + header.Height, (surface, x, top) =>
        {
            var y = top;
            foreach (var line in lines)
            {
                line.Draw(surface, x, y, width, Align.Left);
                y += line.Height;
            }
            header.Draw(surface, x, top + above);
        }) { Text = continued };
    }

    public Table AddRow(params string[] cells)
    {
        if (cells.Length != columns.Count)
            throw new ArgumentException($"A row has {cells.Length} cells; the table has {columns.Count} columns.");
        _rows.Add(cells);
        return this;
    }

    /// <summary>A group's subtotal row, which leads its group: bold on a light fill, kept with the group's first row.</summary>
    public Table AddSubtotal(params string[] cells)
    {
        _subtotals.Add(_rows.Count);
        return AddRow(cells);
    }

    public Table Totals(params string[] cells)
    {
        _totals = cells.Length == columns.Count ? cells : throw new ArgumentException("The totals row needs a cell per column.");
        return this;
    }

    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width)
    {
        var widths = WidenForHeaders(Row.Widths(columns.Select(c => (c.Relative, c.Fixed)), width, 0), measurer);
        var headerSize = columns.Select((c, i) => HeaderScale(c.Header, widths[i] - 2 * Padding, measurer)).DefaultIfEmpty(1).Min(); // one size for the whole header
        var headerLines = columns.Select((c, i) => TextWrapper.Wrap([new Span(c.Header, TextStyles.TableHeader with { Size = TextStyles.TableHeader.Size * headerSize })], widths[i] - 2 * Padding, measurer)).ToList();
        var header = Build("table-header", headerLines, TextStyles.TableHeader, Palette.HeaderFill, widths, null);
        yield return header;
        var repeated = Continued is null ? header : WithContinued(header, Continued, measurer, widths.Sum());
        var stripe = 0;
        for (var i = 0; i < _rows.Count; i++)
        {
            var subtotal = _subtotals.Contains(i);
            stripe = subtotal ? 0 : stripe + 1; // the stripes start again under each subtotal
            var row = subtotal
                ? RowBlock("table-subtotal", _rows[i], TextStyles.TableTotal, Palette.SubtotalFill, widths, measurer, repeated, keepWithNext: i + 1 < _rows.Count)
                : RowBlock("table-row", _rows[i], TextStyles.TableCell, Zebra && stripe % 2 == 0 ? Palette.Zebra : null, widths, measurer, repeated);
            if (i == 0) // a header never ends a page alone; inside a keep-together it keeps that group
                header.KeepGroup = row.KeepGroup = header.KeepGroup != 0 ? header.KeepGroup : NextGroup();
            yield return row;
        }
        if (_totals is not null)
            yield return RowBlock("table-total", _totals, TextStyles.TableTotal, Palette.TotalFill, widths, measurer, repeated);
    }

    private static int _groups = 1 << 20;

    private static int NextGroup() => Interlocked.Increment(ref _groups);

    /// <summary>The smallest size a header may shrink to so that its longest word fits its column.</summary>
    private const double SmallestHeader = 0.7;

    /// <summary>
    /// A header wraps only between words: when its longest word is wider than the column, the header's
    /// font shrinks (down to <see cref="SmallestHeader"/> of its size) until the word fits; only a word
    /// that does not fit even then is cut. Every header of a table takes the smallest of its columns'
    /// sizes, so that a table has one header size (PUBLICATION §8).
    /// </summary>
    private static double HeaderScale(string text, double width, ITextMeasurer measurer)
    {
        var longest = LongestWord(text, measurer);
        return longest > width && width > 0 ? Math.Max(SmallestHeader, Math.Floor(width / longest * 20) / 20) : 1;
    }

    private static double LongestWord(string text, ITextMeasurer measurer) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).DefaultIfEmpty("").Max(w => measurer.Width(w, TextStyles.TableHeader));

    /// <summary>
    /// A column whose header's longest word, widest number or longest word of text does not fit takes
    /// the room it needs from the columns that have more than theirs, in proportion to what they can
    /// spare: first so that every header keeps its size, or else so that it fits at the smallest size
    /// (<see cref="HeaderScale"/> shrinks it), or at least so that no number or word is cut across lines.
    /// </summary>
    private double[] WidenForHeaders(double[] widths, ITextMeasurer measurer)
    {
        var longest = columns.Select(c => LongestWord(c.Header, measurer)).ToArray();
        var cells = columns.Select((c, i) => (c.Align == Align.Right ? WidestCell(i, measurer) : LongestCellWord(i, measurer)) + 2 * Padding + 0.5).ToArray();
        foreach (var scale in new[] { 1.0, SmallestHeader, 0 })
        {
            var need = longest.Select((w, i) => Math.Max(w * scale + 2 * Padding + 0.5, cells[i])).ToArray();
            var deficit = widths.Select((w, i) => Math.Max(0, need[i] - w)).Sum();
            var slack = widths.Select((w, i) => Math.Max(0, w - need[i])).Sum();
            if (deficit <= 0)
                return widths;
            if (slack >= deficit)
                return widths.Select((w, i) => w < need[i] ? need[i] : w - deficit * (w - need[i]) / slack).ToArray();
        }
        return widths;
    }

    private double LongestCellWord(int column, ITextMeasurer measurer) =>
        _rows.Append(_totals).OfType<string[]>()
            .SelectMany(r => r[column].Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Select(w => measurer.Width(w, TextStyles.TableTotal)).DefaultIfEmpty(0).Max();

    private double WidestCell(int column, ITextMeasurer measurer) =>
        _rows.Select((r, k) => measurer.Width(r[column], _subtotals.Contains(k) ? TextStyles.TableTotal : TextStyles.TableCell))
            .Append(_totals is null ? 0 : measurer.Width(_totals[column], TextStyles.TableTotal))
            .Max();

    private Block RowBlock(string kind, string[] cells, TextStyle style, string? fill, double[] widths, ITextMeasurer measurer, Block? header, bool keepWithNext = false)
    {
        var lines = cells.Select((text, i) => TextWrapper.Wrap([new Span(text, style)], widths[i] - 2 * Padding, measurer)).ToList();
        return Build(kind, lines, style, fill, widths, header, keepWithNext);
    }

    private Block Build(string kind, List<List<TextLine>> lines, TextStyle style, string? fill, double[] widths, Block? header, bool keepWithNext = false)
    {
        var height = lines.Max(cell => cell.Sum(l => l.Height)) + 2 * Padding;
        return new Block(kind, height, (surface, x, top) =>
        {
            var total = widths.Sum();
            if (fill is not null)
                surface.Rectangle(x, top, total, height, fill);
            var left = x;
            for (var c = 0; c < widths.Length; c++)
            {
                var y = top + Padding;
                foreach (var line in lines[c])
                {
                    line.Draw(surface, left + Padding, y, widths[c] - 2 * Padding, columns[c].Align);
                    y += line.Height;
                }
                if (c > 0)
                    surface.Line(left, top, left, top + height, Palette.Rule, 0.25);
                left += widths[c];
            }
            surface.Line(x, top + height, x + total, top + height, Palette.Rule, kind == "table-row" ? 0.25 : 0.75);
        })
        {
            RepeatedHeader = header,
            KeepWithNext = keepWithNext,
            Text = string.Join(" | ", lines.Select(cell => string.Join(" ", cell.Select(l => l.Plain)))),
            Split = available => SplitRow(kind, lines, style, fill, widths, header, available),
        };
    }

    /// <summary>Cuts a row taller than a page between lines of its cells.</summary>
    private (Block, Block)? SplitRow(string kind, List<List<TextLine>> lines, TextStyle style, string? fill, double[] widths, Block? header, double available)
    {
        var room = available - 2 * Padding;
        var first = lines.Select(cell =>
        {
            var taken = new List<TextLine>();
            var used = 0.0;
            foreach (var line in cell)
            {
                if (used + line.Height > room) break;
                taken.Add(line);
                used += line.Height;
            }
            return taken;
        }).ToList();
        if (first.All(c => c.Count == 0))
            return null;
        var rest = lines.Select((cell, i) => cell.Skip(first[i].Count).ToList()).ToList();
        return (Build(kind, first, style, fill, widths, header), Build(kind, rest, style, fill, widths, header));
    }
}
