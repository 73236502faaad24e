namespace CorrAnalytics.Reports.Layout;

/// <summary>The one place that draws: the PDF backend implements it; layout code never touches PDFsharp.</summary>
public interface IDrawingSurface : ITextMeasurer
{
    void BeginPage(double width, double height);

    void Text(string text, TextStyle style, double x, double top);

    void Rectangle(double x, double top, double width, double height, string? fill, string? stroke = null, double strokeWidth = 0.5);

    void Line(double x1, double y1, double x2, double y2, string color, double width = 0.5);

    void Image(byte[] png, double x, double top, double width, double height);

    void Bookmark(string title, int level);
}
