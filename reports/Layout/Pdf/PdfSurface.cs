using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CorrAnalytics.Reports.Layout.Pdf;

/// <summary>The drawing surface on PDFsharp: the only code that touches it.</summary>
public sealed partial class PdfSurface : PdfTextMeasurer, IDrawingSurface, IDisposable
{
    private readonly PdfDocument _document = new();
    private readonly Stack<(int Level, PdfOutline Outline)> _outline = new();
    private PdfPage? _page;
    private XGraphics? _graphics;

    public PdfSurface(LayoutDocument info, FontLocator? fonts = null) : base(fonts)
    {
        _document.Info.Title = info.Title;
        _document.Info.Subject = info.Subject;
        _document.Info.Author = info.Author;
        _document.Info.Keywords = info.Keywords;
        _document.Info.Creator = "CorrAnalytics";
        _document.Info.CreationDate = info.CreatedAt;
        _document.Info.ModificationDate = info.CreatedAt;
        _document.Language = info.Language;
        _document.PageMode = PdfPageMode.UseOutlines;
        // A document id derived from what it is, not a random one: the same input gives the same bytes.
        var id = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{info.Title}|{info.Subject}|{info.Language}|{info.CreatedAt:O}")));
        _document.Internals.FirstDocumentID = id;
        _document.Internals.SecondDocumentID = id;
    }

    public void BeginPage(double width, double height)
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(width);
        _page.Height = XUnit.FromPoint(height);
        _graphics = XGraphics.FromPdfPage(_page);
    }

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("BeginPage first.");

    public void Text(string text, TextStyle style, double x, double top)
    {
        if (text.Length == 0) return;
        Graphics.DrawString(Drawable(text, style), Font(style), new XSolidBrush(Color(style.Color)), x, top, XStringFormats.TopLeft);
    }

    public void Rectangle(double x, double top, double width, double height, string? fill, string? stroke = null, double strokeWidth = 0.5)
    {
        var pen = stroke is null ? null : new XPen(Color(stroke), strokeWidth);
        var brush = fill is null ? null : new XSolidBrush(Color(fill));
        if (pen is not null && brush is not null) Graphics.DrawRectangle(pen, brush, x, top, width, height);
        else if (brush is not null) Graphics.DrawRectangle(brush, x, top, width, height);
        else if (pen is not null) Graphics.DrawRectangle(pen, x, top, width, height);
    }

    public void Line(double x1, double y1, double x2, double y2, string color, double width = 0.5) =>
        Graphics.DrawLine(new XPen(Color(color), width), x1, y1, x2, y2);

    public void Image(byte[] png, double x, double top, double width, double height)
    {
        using var image = XImage.FromStream(new MemoryStream(png));
        Graphics.DrawImage(image, x, top, width, height);
    }

    public void Bookmark(string title, int level)
    {
        while (_outline.Count > 0 && _outline.Peek().Level >= level)
            _outline.Pop();
        var parent = _outline.Count > 0 ? _outline.Peek().Outline.Outlines : _document.Outlines;
        var outline = parent.Add(title, _page ?? throw new InvalidOperationException("BeginPage first."), true);
        _outline.Push((level, outline));
    }

    public byte[] Save()
    {
        _graphics?.Dispose();
        _graphics = null;
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return StableIdentifiers(ZlibTrailers.Complete(stream.ToArray()), _document.Internals.FirstDocumentID);
    }

    /// <summary>
    /// PDFsharp names each embedded font subset with a random six-letter tag (ABCDEF+DejaVuSans).
    /// The tags are replaced, in order of appearance, by tags of the same length, so the file's
    /// byte offsets stay valid and the same input gives the same bytes.
    /// </summary>
    private static byte[] StableIdentifiers(byte[] pdf, string documentId)
    {
        var text = Encoding.Latin1.GetString(pdf);
        // The XMP metadata carries random uuids too; they become the document's own id, same length.
        var hex = documentId.ToLowerInvariant().PadRight(32, '0');
        var uuid = $"uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
        text = Uuid().Replace(text, uuid);
        var tags = new Dictionary<string, string>();
        var stable = SubsetTag().Replace(text, m =>
        {
            if (!tags.TryGetValue(m.Groups[1].Value, out var tag))
                tags[m.Groups[1].Value] = tag = "CORR" + (char)('A' + tags.Count / 26 % 26) + (char)('A' + tags.Count % 26);
            return "/" + tag + "+";
        });
        return Encoding.Latin1.GetBytes(stable);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial System.Text.RegularExpressions.Regex Uuid();

    [System.Text.RegularExpressions.GeneratedRegex(@"/([A-Z]{6})\+")]
    private static partial System.Text.RegularExpressions.Regex SubsetTag();

    private static XColor Color(string hex)
    {
        var rgb = int.Parse(hex.TrimStart('#'), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }
}
