
namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>A paragraph of styled spans, wrapped; each line is a block, so a paragraph may continue on the next page.</summary>
public sealed class Text(IReadOnlyList<Span> spans, Align align = Align.Left, double spaceAfter = 0) : Element
{
    public Text(string text, TextStyle style, Align align = Align.Left, double spaceAfter = 0)
        : this([new Span(text, style)], align, spaceAfter) { }

    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width)
    {
        foreach (var line in TextWrapper.Wrap(spans, width, measurer))
            yield return new Block("text-line", line.Height, (s, x, top) => line.Draw(s, x, top, width, align))
            {
                Text = line.Plain,
                KeepWithNext = line.Runs.Count > 0 && line.Runs.All(r => TextStyles.StaysWithNext(r.Style)),
            };
        if (spaceAfter > 0)
            yield return new Block("spacing", spaceAfter, (_, _, _) => { });
    }
}
