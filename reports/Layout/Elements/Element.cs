namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>
/// Something a document is made of. Layout is the measuring phase: at a given width the element
/// becomes blocks of known height, which pagination then places without drawing anything.
/// </summary>
public abstract class Element
{
    public abstract IEnumerable<Block> Layout(ITextMeasurer measurer, double width);
}

public enum Align { Left, Center, Right }

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

/// <summary>Vertical space.</summary>
public sealed class Spacer(double height) : Element
{
    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width) =>
        [new Block("spacing", height, (_, _, _) => { })];
}

/// <summary>Starts a new page.</summary>
public sealed class PageBreak : Element
{
    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double width) => [Block.Break()];
}

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
