using System.Globalization;
using System.Text;
using CorrAnalytics.Etl.Common;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Sources;

/// <summary>
/// Reads a CSV file's bytes before DuckDB does: decodes them (Windows-1251 is transcoded, since
/// DuckDB cannot read it), checks the header and that the file is complete, and writes the
/// records as UTF-8 with each record's line number as a first column to the output (a temporary
/// copy, written as it goes rather than built in memory). Records DuckDB should not see (wrong
/// field count, control characters, over-long) become row rejects here.
/// </summary>
public static partial class CsvPrepass
{
    public const int MaxRecordChars = 1_000_000;
    public const string LineColumn = "line";

    /// <summary>
    /// Checks and writes the file, a record at a time (the decoded text is never held whole); on a
    /// <see cref="StructureException"/> the output holds nothing usable.
    /// </summary>
    public static (int Records, IReadOnlyList<RowReject> Rejects, IReadOnlyList<string> Notes) Prepare(byte[] bytes, CsvSource source, TextWriter output)
    {
        CsvRecord first;
        using (var probe = Decode(bytes, source))
        {
            using var leading = CsvText.Records(probe, source.Delimiter).GetEnumerator();
            if (!leading.MoveNext())
                throw new StructureException("the file is empty");
            first = leading.Current;
            if (IsBlank(first) && Remaining(leading).All(IsBlank))
                throw new StructureException("the file is empty");
        }
        var layout = CsvLayout.Of(d => CsvText.Split(first.Raw, d).FirstOrDefault() ?? first, source);
        using var reader = Decode(bytes, source);
        using var records = CsvText.Records(reader, layout.Delimiter).GetEnumerator();
        records.MoveNext();

        output.Write(LineColumn);
        output.Write(source.Delimiter);
        output.Write(string.Join(source.Delimiter, source.Header));
        output.Write('\n');
        var rejects = new List<RowReject>();
        var kept = 0;
        CsvRecord? pending = null;
        void Write(CsvRecord record)
        {
            if (Problem(record, source, layout) is { } problem)
            {
                rejects.Add(problem);
                return;
            }
            output.Write(record.Line.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < source.Header.Count; i++)
            {
                output.Write(source.Delimiter);
                var at = layout.FieldOf[i];
                if (at >= 0)
                    output.Write(SourceFormats.CsvField(ContractForm(record.Fields[at], source.ValueOf(source.RawColumns[i])), source.Delimiter));
            }
            output.Write('\n');
            kept++;
        }
        // A record is written once the next one is read: the last must be checked for truncation first.
        foreach (var record in Remaining(records))
        {
            if (record.Fields.Count == 1 && record.Fields[0].Length == 0)
                continue;
            if (pending is not null)
                Write(pending);
            pending = record;
        }
        if (pending is null)
            throw new StructureException("the file has a header but no data rows; an empty file would wipe its period, so it is refused");
        if (!pending.EndsWithNewline && pending.Fields.Count <= layout.LastUsed)
            throw new StructureException(
                $"the file is truncated: its last line {pending.Line} stops after {pending.Fields.Count} of {layout.Width} fields without a line break");
        if (pending.OpenQuote)
            throw new StructureException($"the file is truncated: a quoted field opened on line {pending.Line} is never closed");
        Write(pending);
        return (kept, rejects, layout.Notes(source).ToList());
    }

    /// <summary>A value as the contract writes it, where a spreadsheet wrote it in its locale's form (see <see cref="CsvValue"/>).</summary>
    public static string ContractForm(string value, CsvValue form)
    {
        var text = value.Trim();
        switch (form)
        {
            case CsvValue.IsoDate when DateOnly.TryParseExact(text, "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case CsvValue.IsoTime when DateTime.TryParseExact(text, ["d.M.yyyy H:mm", "d.M.yyyy H:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time):
                return time.ToString(text.Count(c => c == ':') == 2 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            case CsvValue.DayMonthYear when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                return day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            case CsvValue.Amount when PointDecimal().IsMatch(text):
                return text.Replace('.', ',');
            default:
                return value;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?[0-9]+\.[0-9]{1,2}$")]
    private static partial System.Text.RegularExpressions.Regex PointDecimal();

    private static bool IsBlank(CsvRecord record) => record.Fields.All(f => f.Trim().Length == 0);

    private static IEnumerable<CsvRecord> Remaining(IEnumerator<CsvRecord> records)
    {
        while (records.MoveNext())
            yield return records.Current;
    }

    /// <summary>A reader of the file's text in its encoding, once the bytes are known to be in it.</summary>
    private static TextReader Decode(byte[] bytes, CsvSource source)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            if (source.Windows1251)
                throw new StructureException("the file is UTF-16; the accounting format is Windows-1251");
            return new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        }
        if (source.Windows1251)
        {
            if (LooksLikeUtf8Cyrillic(bytes))
                throw new StructureException(
                    $"line {LineAt(bytes, FirstUtf8Cyrillic(bytes))} is UTF-8, but accounting files are Windows-1251: export the file again as Windows-1251 (ANSI)");
            return new StreamReader(new MemoryStream(bytes), SourceFormats.Windows1251, detectEncodingFromByteOrderMarks: false);
        }
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (!System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(start)))
        {
            try
            {
                _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException e)
            {
                var at = e.Index + start;
                throw new StructureException(
                    $"line {LineAt(bytes, at)} is not valid UTF-8 (byte {at}); registers and monthly files are UTF-8" +
                    (at + 1 < bytes.Length && bytes[at] >= 0xC0 ? " (it reads as Windows-1251 Cyrillic)" : "") + ": save the file as UTF-8");
            }
        }
        return new StreamReader(new MemoryStream(bytes, start, bytes.Length - start), SourceFormats.Utf8, detectEncodingFromByteOrderMarks: false);
    }

    /// <summary>The line (from 1) the byte at <paramref name="index"/> stands on.</summary>
    private static int LineAt(byte[] bytes, int index) => bytes.AsSpan(0, Math.Min(index, bytes.Length)).Count((byte)'\n') + 1;

    private static int FirstUtf8Cyrillic(byte[] bytes)
    {
        for (var i = 0; i + 1 < bytes.Length; i++)
            if (bytes[i] is 0xD0 or 0xD1 or 0xD2 or 0xD3 && bytes[i + 1] is >= 0x80 and <= 0xBF)
                return i;
        return 0;
    }

    /// <summary>True when the bytes decode as UTF-8 and hold Cyrillic letters (two-byte sequences D0/D1 xx).</summary>
    private static bool LooksLikeUtf8Cyrillic(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        var cyrillicPairs = 0;
        for (var i = 0; i + 1 < sample.Length; i++)
            if (sample[i] is 0xD0 or 0xD1 or 0xD2 or 0xD3 && sample[i + 1] is >= 0x80 and <= 0xBF)
                cyrillicPairs++;
        if (cyrillicPairs < 3)
            return false;
        try
        {
            _ = new UTF8Encoding(false, true).GetString(sample[..LastCompleteUtf8(sample)]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static int LastCompleteUtf8(ReadOnlySpan<byte> span)
    {
        var end = span.Length;
        while (end > 0 && (span[end - 1] & 0xC0) == 0x80) end--;
        return end > 0 && span[end - 1] >= 0xC0 ? end - 1 : span.Length;
    }

    private static RowReject? Problem(CsvRecord record, CsvSource source, CsvLayout layout)
    {
        if (record.Raw.Length > MaxRecordChars)
            return new RowReject(record.Line, null, null, Shorten(record.Raw), "LINE_TOO_LONG",
                $"line {record.Line} is {record.Raw.Length:N0} characters long; the limit is {MaxRecordChars:N0}");
        // Fields past the last column the contract names may be left out or left blank (a trailing separator).
        var count = record.Fields.Count;
        if (count <= layout.LastUsed || (count > layout.Width && record.Fields.Skip(layout.Width).Any(f => f.Trim().Length > 0)))
            return new RowReject(record.Line, null, null, Shorten(record.Raw), "FIELD_COUNT",
                $"line {record.Line} has {count} fields; the header has {layout.Width}");
        for (var i = 0; i < source.Header.Count; i++)
        {
            if (layout.FieldOf[i] < 0)
                continue;
            var field = record.Fields[layout.FieldOf[i]];
            var at = field.AsSpan().IndexOfAnyInRange('\0', '\u001f');
            while (at >= 0 && field[at] == '\t')
            {
                var next = field.AsSpan(at + 1).IndexOfAnyInRange('\0', '\u001f');
                at = next < 0 ? -1 : at + 1 + next;
            }
            if (at >= 0)
                return new RowReject(record.Line, null, source.Header[i], Shorten(field), "CONTROL_CHARACTER",
                    $"{source.Header[i]} holds a control character (U+{(int)field[at]:X4}), such as a NUL or a line break, which no value of this file may contain",
                    FacilityOf(record, source, layout, except: i));
        }
        return null;
    }

    /// <summary>The facility a row of the right shape names, unless that is the field in fault.</summary>
    private static string? FacilityOf(CsvRecord record, CsvSource source, CsvLayout layout, int except)
    {
        var at = source.FacilityField;
        return at < 0 || at == except || layout.FieldOf[at] < 0 || record.Fields[layout.FieldOf[at]].Trim() is not { Length: > 0 } code ? null : code;
    }

    /// <summary>A value as a reason quotes it: at most 200 characters.</summary>
    internal static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
