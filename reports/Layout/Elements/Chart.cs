namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>
/// A ScottPlot chart, rendered to PNG at <see cref="Dpi"/> dots per inch of the size it is placed at
/// (never less than 200), so it prints sharp.
/// </summary>
public sealed class Chart(ScottPlot.Plot plot, double height, double? width = null, int dpi = 220) : Element
{
    public int Dpi { get; } = Math.Max(200, dpi);

    public ScottPlot.Plot Plot => plot;

    public (int Width, int Height) PixelSize(double widthPoints) =>
        ((int)Math.Round(widthPoints / 72 * Dpi), (int)Math.Round(height / 72 * Dpi));

    public byte[] Render(double widthPoints)
    {
        var (w, h) = PixelSize(widthPoints);
        plot.ScaleFactor = (float)(Dpi / 96.0); // ScottPlot sizes are for 96 dpi screens
        return plot.GetImageBytes(w, h, ScottPlot.ImageFormat.Png);
    }

    public override IEnumerable<Block> Layout(ITextMeasurer measurer, double available)
    {
        var w = Math.Min(width ?? available, available);
        var png = Render(w);
        yield return new Block("chart", height, (surface, x, top) => surface.Image(png, x, top, w, height));
    }
}
