using System.Text;

namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>Wraps styled spans into lines at a width; words longer than a line are cut.</summary>
public static class TextWrapper
{
    public static List<TextLine> Wrap(IReadOnlyList<Span> spans, double width, ITextMeasurer measurer)
    {
        var lines = new List<TextLine>();
        var runs = new List<(string Text, TextStyle Style, double X)>();
        var x = 0.0;
        var height = spans.Count == 0 ? 0 : measurer.LineHeight(spans[0].Style);

        void EndLine()
        {
            lines.Add(Line(runs, height, measurer));
            runs = [];
            x = 0;
            height = 0;
        }

        foreach (var span in spans)
        {
            var lineHeight = measurer.LineHeight(span.Style);
            foreach (var token in Tokens(span.Text))
            {
                if (token == "\n")
                {
                    height = Math.Max(height, lineHeight);
                    EndLine();
                    continue;
                }
                var tokenWidth = measurer.Width(token, span.Style);
                if (x > 0 && x + tokenWidth > width + 0.01 && !string.IsNullOrWhiteSpace(token))
                    EndLine();
                if (x == 0 && string.IsNullOrWhiteSpace(token) && runs.Count == 0 && lines.Count > 0)
                    continue; // no leading space on a wrapped line
                var piece = token;
                while (measurer.Width(piece, span.Style) > width && piece.Length > 1)
                {
                    var fit = Fit(piece, span.Style, width - x, measurer);
                    runs.Add((piece[..fit], span.Style, x));
                    x += measurer.Width(piece[..fit], span.Style);
                    height = Math.Max(height, lineHeight);
                    EndLine();
                    piece = piece[fit..];
                }
                if (runs.Count > 0 && runs[^1].Style == span.Style)
                    runs[^1] = (runs[^1].Text + piece, span.Style, runs[^1].X); // one run per style: fewer text operations
                else
                    runs.Add((piece, span.Style, x));
                x += measurer.Width(piece, span.Style);
                height = Math.Max(height, lineHeight);
            }
        }
        if (runs.Count > 0 || lines.Count == 0)
            lines.Add(Line(runs, height, measurer));
        return lines;
    }

    private static TextLine Line(List<(string Text, TextStyle Style, double X)> runs, double height, ITextMeasurer measurer)
    {
        var trimmed = TrimEnd(runs);
        var width = trimmed.Count == 0 ? 0 : trimmed[^1].Item3 + measurer.Width(trimmed[^1].Item1, trimmed[^1].Item2);
        return new TextLine(trimmed, width, height);
    }

    private static int Fit(string text, TextStyle style, double width, ITextMeasurer measurer)
    {
        var n = 1;
        while (n < text.Length && measurer.Width(text[..(n + 1)], style) <= width)
            n++;
        return n;
    }

    private static List<(string, TextStyle, double)> TrimEnd(List<(string Text, TextStyle Style, double X)> runs)
    {
        var trimmed = runs.Select(r => (r.Text, r.Style, r.X)).ToList();
        while (trimmed.Count > 0 && trimmed[^1].Text.TrimEnd().Length == 0)
            trimmed.RemoveAt(trimmed.Count - 1);
        if (trimmed.Count > 0)
            trimmed[^1] = (trimmed[^1].Text.TrimEnd(), trimmed[^1].Style, trimmed[^1].X);
        return trimmed;
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        foreach (var c in text)
        {
            if (c == '\n' || c == ' ')
            {
                if (token.Length > 0) yield return token.ToString();
                token.Clear();
                yield return c.ToString();
            }
            else token.Append(c);
        }
        if (token.Length > 0) yield return token.ToString();
    }
}
