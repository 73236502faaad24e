namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>A titled part of the document: its first block carries an outline entry (bookmark).</summary>
public sealed class Section(string title, Element content, int level = 0) : Element
{
    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width)
    {
        var first = true;
        foreach (var block in content.Layout(measurer, width))
        {
            if (first && block.Height > 0)
            {
                block.Bookmark = (title, level);
                first = false;
            }
            yield return block;
        }
    }
}
