using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;

namespace CorrAnalytics.Reports.Layout.Pdf;

/// <summary>
/// Keeps text the font cannot show from failing a report: each character without a glyph is drawn
/// as a visible replacement (□) and named in <see cref="Warnings"/>, which the manifest lists.
/// Coverage is read from the font file's character map (through SkiaSharp).
/// </summary>
public sealed class GlyphCoverage(FontLocator fonts)
{
    public const char Replacement = '□';

    private readonly ConcurrentDictionary<string, (SKFont Font, ConcurrentDictionary<int, bool> Known)> _byFile = new();
    private readonly ConcurrentDictionary<int, string> _warnings = new();

    /// <summary>Each character replaced, once: which it is, the text it was first in, the font and the folders searched.</summary>
    public IReadOnlyList<string> Warnings => _warnings.OrderBy(w => w.Key).Select(w => w.Value).ToList();

    /// <summary>The text as it can be drawn: every character the font has, the others replaced.</summary>
    public string Drawable(string text, bool bold, bool italic)
    {
        var path = fonts.PathOf(bold, italic);
        var (font, known) = _byFile.GetOrAdd(path, p => (new SKFont(SKTypeface.FromFile(p)), new ConcurrentDictionary<int, bool>()));
        List<Rune>? missing = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\n' or '\r' or '\t')
                continue;
            // PDFsharp draws characters of the Basic Multilingual Plane only (an emoji is two halves to it).
            if (rune.Value > 0xFFFF || !known.GetOrAdd(rune.Value, v => font.GetGlyph(v) != 0))
                (missing ??= []).Add(rune);
        }
        if (missing is null)
            return text;
        foreach (var rune in missing.Distinct())
            _warnings.TryAdd(rune.Value, $"{FontLocator.Family} ({Path.GetFileName(path)}, found in {Path.GetDirectoryName(path)}) has no glyph for " +
                $"'{rune}' (U+{rune.Value:X4}), first in the text \"{(text.Length > 60 ? text[..60] + "…" : text)}\"; drawn as '{Replacement}'. " +
                $"Folders searched: {string.Join(", ", fonts.Searched)}.");
        var drawable = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            drawable.Append(missing.Contains(rune) ? Replacement.ToString() : rune.ToString());
        return drawable.ToString();
    }
}
