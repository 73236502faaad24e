using System.Globalization;
using System.Text;

namespace CorrAnalytics.Warehouse.Text;

/// <summary>
/// Text that came from a file (a name, a value, a reason quoting it) as it may be shown: control
/// characters (C0, DEL, C1: ESC, BEL, backspace, OSC introducers…) written as <c>\x1b</c>, so that
/// what a file says never moves the cursor, retitles a window or clears a screen.
/// </summary>
public static class Printable
{
    /// <summary>Every control character escaped but those kept (by default the tab).</summary>
    public static string Of(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text) || !text.AsSpan().ContainsAny(Controls))
            return text ?? "";
        var shown = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsControl(c) || c == '\t' || (keepLineBreaks && (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))))
                shown.Append(c);
            else
                shown.Append(c <= 0xFF ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}");
        }
        return shown.ToString();
    }

    public static bool IsControl(char c) => c < 0x20 || (c >= 0x7F && c <= 0x9F);

    private static readonly System.Buffers.SearchValues<char> Controls =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(i => (char)i).ToArray());
}
