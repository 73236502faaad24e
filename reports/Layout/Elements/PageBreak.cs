namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>Starts a new page.</summary>
public sealed class PageBreak : Element
{
    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width) => [Block.Break()];
}
