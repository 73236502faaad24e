using PdfSharp.Fonts;

namespace CorrAnalytics.Reports.Layout.Pdf;

/// <summary>PDFsharp's font resolver: every family resolves to DejaVu Sans in the requested weight and slant.</summary>
public sealed class DejaVuFontResolver(FontLocator fonts) : IFontResolver
{
    private static readonly object Gate = new();
    private static bool _installed;

    /// <summary>Installs the resolver once per process (PDFsharp's font settings are global).</summary>
    public static void Install(FontLocator fonts)
    {
        lock (Gate)
        {
            if (_installed) return;
            GlobalFontSettings.FontResolver = new DejaVuFontResolver(fonts);
            _installed = true;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(Face(isBold, isItalic));

    public byte[] GetFont(string faceName) => File.ReadAllBytes(faceName switch
    {
        "DejaVuSans-Bold" => fonts.PathOf(true, false),
        "DejaVuSans-Oblique" => fonts.PathOf(false, true),
        "DejaVuSans-BoldOblique" => fonts.PathOf(true, true),
        _ => fonts.PathOf(false, false),
    });

    private static string Face(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => "DejaVuSans-BoldOblique",
        (true, false) => "DejaVuSans-Bold",
        (false, true) => "DejaVuSans-Oblique",
        _ => "DejaVuSans",
    };
}
