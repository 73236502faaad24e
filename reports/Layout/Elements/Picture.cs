namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>A PNG image at a size in points (scaled down to the width available).</summary>
public sealed class Picture(byte[] png, double width, double height) : Element
{
    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double available)
    {
        var scale = width > available ? available / width : 1;
        var (w, h) = (width * scale, height * scale);
        yield return new Block("image", h, (surface, x, top) => surface.Image(png, x, top, w, h));
    }
}
