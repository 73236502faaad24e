using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;

namespace CorrAnalytics.Reports.Layout.Pdf;

/// <summary>
/// Refuses text the font cannot show, naming the characters, instead of printing blank boxes.
/// Coverage is read from the font file's character map (through SkiaSharp).
/// </summary>
public sealed class GlyphCoverage(FontLocator fonts)
{
    private readonly ConcurrentDictionary<string, (SKFont Font, ConcurrentDictionary<int, bool> Known)> _byFile = new();

    public void Check(string text, bool bold, bool italic)
    {
        var path = fonts.PathOf(bold, italic);
        var (font, known) = _byFile.GetOrAdd(path, p => (new SKFont(SKTypeface.FromFile(p)), new ConcurrentDictionary<int, bool>()));
        List<Rune>? missing = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\n' or '\r' or '\t')
                continue;
            if (!known.GetOrAdd(rune.Value, v => font.GetGlyph(v) != 0))
                (missing ??= []).Add(rune);
        }
        if (missing is not null)
            throw new FontException(
                $"{FontLocator.Family} ({Path.GetFileName(path)}, found in {Path.GetDirectoryName(path)}) has no glyph for " +
                string.Join(", ", missing.Distinct().Select(r => $"'{r}' (U+{r.Value:X4})")) +
                $" in the text \"{(text.Length > 60 ? text[..60] + "…" : text)}\". Folders searched: {string.Join(", ", fonts.Searched)}.");
    }
}
