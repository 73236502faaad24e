namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>Vertical space.</summary>
public sealed class Spacer(double height) : Element
{
    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width) =>
        [new Block("spacing", height, (_, _, _) => { })];
}
