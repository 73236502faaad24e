namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>Elements side by side; the row is one block as tall as its tallest item.</summary>
public sealed class Row(IReadOnlyList<RowItem> items, double spacing = 8) : Element
{
    public static double[] Widths(IEnumerable<(double Relative, double? Fixed)> columns, double width, double spacing)
    {
        var list = columns.ToList();
        var free = width - list.Sum(c => c.Fixed ?? 0) - spacing * (list.Count - 1);
        var relative = list.Where(c => c.Fixed is null).Sum(c => c.Relative);
        return list.Select(c => c.Fixed ?? (relative > 0 ? Math.Max(0, free) * c.Relative / relative : 0)).ToArray();
    }

    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width)
    {
        var widths = Widths(items.Select(i => (i.Relative, i.Fixed)), width, spacing);
        var laid = items.Select((item, i) => item.Content.Layout(measurer, widths[i]).ToList()).ToList();
        var height = laid.Max(blocks => blocks.Sum(b => b.Height));
        yield return new Block("row", height, (surface, x, top) =>
        {
            var left = x;
            for (var i = 0; i < laid.Count; i++)
            {
                var y = top;
                foreach (var block in laid[i])
                {
                    block.Draw(surface, left, y);
                    y += block.Height;
                }
                left += widths[i] + spacing;
            }
        })
        { Text = string.Join(" | ", laid.Select(blocks => string.Join(" ", blocks.Select(b => b.Text).Where(t => t is not null)))) };
    }
}
