namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>
/// Something a document is made of. Layout is the measuring phase: at a given width the element
/// becomes blocks of known height, which pagination then places without drawing anything.
/// </summary>
public abstract class Element
{
    public abstract IEnumerable<Block> Layout(ITextMeasurer measurer, double width);
}
