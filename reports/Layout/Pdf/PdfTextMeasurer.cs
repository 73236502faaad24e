using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace CorrAnalytics.Reports.Layout.Pdf;

/// <summary>Text metrics from PDFsharp's own font handling, the same the PDF is drawn with, of the text as the font can draw it.</summary>
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

    /// <summary>Characters the font could not show, replaced where they were drawn.</summary>
    public IReadOnlyList<string> Warnings => _glyphs.Warnings;

    /// <summary>The text as the font can draw it (see <see cref="GlyphCoverage"/>).</summary>
    protected string Drawable(string text, TextStyle style) => _glyphs.Drawable(text, style.Bold, style.Italic);

    protected XFont Font(TextStyle style) => _fonts.GetOrAdd(style, s =>
        new XFont(FontLocator.Family, s.Size, (s.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (s.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular)));

    public double Width(string text, TextStyle style)
    {
        return _measure.MeasureString(Drawable(text, style), Font(style)).Width;
    }

    public double LineHeight(TextStyle style) => style.Size * style.LineSpacing;
}
