namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>Keeps its content on one page when it fits on one.</summary>
public sealed class KeepTogether(Element child) : Element
{
    private static int _groups;

    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width)
    {
        var group = Interlocked.Increment(ref _groups);
        foreach (var block in child.Layout(measurer, width))
        {
            block.KeepGroup = group;
            yield return block;
        }
    }
}
