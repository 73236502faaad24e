namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>
/// A table: a header repeated on every page it continues on, rows never split unless one is taller
/// than a page, zebra rows, rules, numbers aligned by their column, an optional totals row.
/// </summary>
public sealed class Table(IReadOnlyList<TableColumn> columns) : Element
{
    private const double Padding = 3;
    private readonly List<string[]> _rows = [];
    private string[]? _totals;

    public bool Zebra { get; init; } = true;

    public int RowCount => _rows.Count;

    public Table AddRow(params string[] cells)
    {
        if (cells.Length != columns.Count)
            throw new ArgumentException($"A row has {cells.Length} cells; the table has {columns.Count} columns.");
        _rows.Add(cells);
        return this;
    }

    public Table Totals(params string[] cells)
    {
        _totals = cells.Length == columns.Count ? cells : throw new ArgumentException("The totals row needs a cell per column.");
        return this;
    }

    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width)
    {
        var widths = Row.Widths(columns.Select(c => (c.Relative, c.Fixed)), width, 0);
        var header = RowBlock("table-header", columns.Select(c => c.Header).ToArray(), TextStyles.TableHeader, Palette.HeaderFill, widths, measurer, null);
        yield return header;
        for (var i = 0; i < _rows.Count; i++)
        {
            var row = RowBlock("table-row", _rows[i], TextStyles.TableCell, Zebra && i % 2 == 1 ? Palette.Zebra : null, widths, measurer, header);
            if (i == 0) // a header never ends a page alone; inside a keep-together it keeps that group
                header.KeepGroup = row.KeepGroup = header.KeepGroup != 0 ? header.KeepGroup : NextGroup();
            yield return row;
        }
        if (_totals is not null)
            yield return RowBlock("table-total", _totals, TextStyles.TableTotal, Palette.TotalFill, widths, measurer, header);
    }

    private static int _groups = 1 << 20;

    private static int NextGroup() => Interlocked.Increment(ref _groups);

    private Block RowBlock(string kind, string[] cells, TextStyle style, string? fill, double[] widths, ITextMeasurer measurer, Block? header)
    {
        var lines = cells.Select((text, i) => TextWrapper.Wrap([new Span(text, style)], widths[i] - 2 * Padding, measurer)).ToList();
        return Build(kind, lines, style, fill, widths, header);
    }

    private Block Build(string kind, List<List<TextLine>> lines, TextStyle style, string? fill, double[] widths, Block? header)
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
