using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace CorrAnalytics.Reports.Layout.Pdf;

/// <summary>Text metrics from PDFsharp's own font handling, the same the PDF is drawn with; checks glyph coverage first.</summary>
public class PdfTextMeasurer : ITextMeasurer
{
    private readonly ConcurrentDictionary<TextStyle, XFont> _fonts = new();
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly GlyphCoverage _glyphs;

    public PdfTextMeasurer(FontLocator? fonts = null)
    {
        Fonts = fonts ?? new FontLocator();
        DejaVuFontResolver.Install(Fonts);
        _glyphs = new GlyphCoverage(Fonts);
    }

    public FontLocator Fonts { get; }

    protected XFont Font(TextStyle style) => _fonts.GetOrAdd(style, s =>
        new XFont(FontLocator.Family, s.Size, (s.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (s.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular)));

    public double Width(string text, TextStyle style)
    {
        _glyphs.Check(text, style.Bold, style.Italic);
        return _measure.MeasureString(text, Font(style)).Width;
    }

    public double LineHeight(TextStyle style) => style.Size * style.LineSpacing;
}
