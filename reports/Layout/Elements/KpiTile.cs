namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>
/// A headline figure: its label, its value, and its change with an up or down mark, coloured by
/// whether the change is good news (more escapes is bad; more employment is good). The label takes up
/// to three lines and the change two; what does not fit is an error, never cut off.
/// </summary>
public sealed class KpiTile(string label, string value, string change, Trend trend, bool? goodNews) : Element
{
    public const double Height = 86;
    private const double Padding = 6;
    private const int LabelLines = 3, ChangeLines = 2;

    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width)
    {
        var inner = width - 2 * Padding;
        var labelLines = Fit(TextWrapper.Wrap([new Span(label, TextStyles.KpiLabel)], inner, measurer), LabelLines, label);
        var valueLine = Fit(TextWrapper.Wrap([new Span(value, TextStyles.KpiValue)], inner, measurer), 1, value)[0];
        var mark = trend switch { Trend.Up => "▲ ", Trend.Down => "▼ ", _ => "" };
        var color = goodNews switch { true => Palette.Good, false => Palette.Bad, _ => Palette.Neutral };
        var changeLines = Fit(TextWrapper.Wrap([new Span(mark + change, TextStyles.KpiChange.With(color))], inner, measurer), ChangeLines, change);
        var labelHeight = LabelLines * labelLines[0].Height;
        yield return new Block("kpi", Height, (surface, x, top) =>
        {
            surface.Rectangle(x, top, width, Height - 4, Palette.TileFill, Palette.Rule);
            var y = top + Padding;
            foreach (var line in labelLines)
            {
                line.Draw(surface, x + Padding, y, inner, Align.Left);
                y += line.Height;
            }
            valueLine.Draw(surface, x + Padding, top + Padding + labelHeight, inner, Align.Left);
            y = top + Height - 4 - Padding - changeLines.Sum(l => l.Height);
            foreach (var line in changeLines)
            {
                line.Draw(surface, x + Padding, y, inner, Align.Left);
                y += line.Height;
            }
        })
        { Text = $"{label} {value} {mark}{change}" };
    }

    private static List<TextLine> Fit(List<TextLine> lines, int most, string text) => lines.Count <= most
        ? lines
        : throw new InvalidOperationException($"'{text}' takes {lines.Count} lines in a headline tile, which holds {most}: shorten the label");
}
