namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>
/// A headline figure: its label, its value, and its change with an up or down mark, coloured by
/// whether the change is good news (more escapes is bad; more employment is good).
/// </summary>
public sealed class KpiTile(string label, string value, string change, Trend trend, bool? goodNews) : Element
{
    public const double Height = 62;
    private const double Padding = 6;

    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width)
    {
        var inner = width - 2 * Padding;
        var labelLines = TextWrapper.Wrap([new Span(label, TextStyles.KpiLabel)], inner, measurer).Take(2).ToList();
        var valueLine = TextWrapper.Wrap([new Span(value, TextStyles.KpiValue)], inner, measurer)[0];
        var mark = trend switch { Trend.Up => "▲ ", Trend.Down => "▼ ", _ => "" };
        var color = goodNews switch { true => Palette.Good, false => Palette.Bad, _ => Palette.Neutral };
        var changeLine = TextWrapper.Wrap([new Span(mark + change, TextStyles.KpiChange.With(color))], inner, measurer)[0];
        yield return new Block("kpi", Height, (surface, x, top) =>
        {
            surface.Rectangle(x, top, width, Height - 4, Palette.TileFill, Palette.Rule);
            var y = top + Padding;
            foreach (var line in labelLines)
            {
                line.Draw(surface, x + Padding, y, inner, Align.Left);
                y += line.Height;
            }
            valueLine.Draw(surface, x + Padding, top + 25, inner, Align.Left);
            changeLine.Draw(surface, x + Padding, top + Height - 4 - Padding - changeLine.Height, inner, Align.Left);
        })
        { Text = $"{label} {value} {mark}{change}" };
    }
}
