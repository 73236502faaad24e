using CorrAnalytics.Reports.Layout;

namespace CorrAnalytics.Reports.Tests.Support;

/// <summary>
/// A surface with simple, predictable metrics (every character half its font size wide) that
/// records what is drawn where, so layout and pagination can be checked without a PDF.
/// </summary>
public sealed class FakeSurface : IDrawingSurface
{
    public List<(int Page, string Text, double X, double Top)> Texts { get; } = [];
    public List<(int Page, string What, double X, double Top, double Width, double Height)> Shapes { get; } = [];
    public int Page { get; private set; }

    public double Width(string text, TextStyle style) => text.Length * style.Size * 0.5;

    public double LineHeight(TextStyle style) => style.Size * style.LineSpacing;

    public void BeginPage(double width, double height) => Page++;

    public void Text(string text, TextStyle style, double x, double top) => Texts.Add((Page, text, x, top));

    public void Rectangle(double x, double top, double width, double height, string? fill, string? stroke = null, double strokeWidth = 0.5) =>
        Shapes.Add((Page, "rect", x, top, width, height));

    public void Line(double x1, double y1, double x2, double y2, string color, double width = 0.5) =>
        Shapes.Add((Page, "line", x1, y1, x2 - x1, y2 - y1));

    public void Image(byte[] png, double x, double top, double width, double height) =>
        Shapes.Add((Page, "image", x, top, width, height));

    public void Bookmark(string title, int level) => Shapes.Add((Page, "bookmark:" + title, 0, 0, 0, 0));
}
