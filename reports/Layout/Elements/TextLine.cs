
namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>One laid-out line: runs of styled text at their x offsets.</summary>
public sealed record TextLine(IReadOnlyList<(string Text, TextStyle Style, double X)> Runs, double Width, double Height)
{
    public string Plain => string.Concat(Runs.Select(r => r.Text));

    public void Draw(IDrawingSurface surface, double x, double top, double boxWidth, Align align)
    {
        var offset = align switch { Align.Right => boxWidth - Width, Align.Center => (boxWidth - Width) / 2, _ => 0 };
        foreach (var (text, style, runX) in Runs)
            surface.Text(text, style, x + offset + runX, top);
    }
}
