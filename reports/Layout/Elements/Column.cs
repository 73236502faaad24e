namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>Children one under another, with a gap between them.</summary>
public sealed class Column(IEnumerable<Element> children, double spacing = 6) : Element
{
    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width)
    {
        var first = true;
        foreach (var child in children)
        {
            if (!first && spacing > 0)
                yield return new Block("spacing", spacing, (_, _, _) => { });
            first = false;
            foreach (var block in child.Layout(measurer, width))
                yield return block;
        }
    }
}
