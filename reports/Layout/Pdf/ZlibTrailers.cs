using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace CorrAnalytics.Reports.Layout.Pdf;

/// <summary>
/// PDFsharp 6.2.4 writes every /FlateDecode stream as a zlib header (78 DA) and the deflate data,
/// but not the Adler-32 checksum that ends a zlib stream (RFC 1950): strict readers and archive
/// validators (qpdf --check, Python's zlib) report the streams as truncated. This adds the missing
/// checksum to each such stream, corrects its /Length, and rewrites the cross-reference table with
/// the objects' new offsets. A stream that already ends with its checksum is left as it is.
/// </summary>
public static partial class ZlibTrailers
{
    public static byte[] Complete(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var output = new MemoryStream(pdf.Length + 4096);
        var copied = 0;
        foreach (Match stream in StreamDictionary().Matches(text))
        {
            var dataStart = stream.Index + stream.Length;
            var length = int.Parse(stream.Groups["length"].Value, CultureInfo.InvariantCulture);
            if (!stream.Groups["dict"].Value.Contains("/FlateDecode", StringComparison.Ordinal) || dataStart + length > pdf.Length)
                continue;
            var data = pdf.AsSpan(dataStart, length);
            if (Trailer(data) is not { } checksum)
                continue;
            var lengthGroup = stream.Groups["length"];
            output.Write(pdf, copied, lengthGroup.Index - copied);
            output.Write(Encoding.ASCII.GetBytes((length + 4).ToString(CultureInfo.InvariantCulture)));
            output.Write(pdf, lengthGroup.Index + lengthGroup.Length, dataStart + length - (lengthGroup.Index + lengthGroup.Length));
            output.Write(checksum);
            copied = dataStart + length;
        }
        if (copied == 0)
            return pdf;
        output.Write(pdf, copied, pdf.Length - copied);
        return WithCrossReferences(output.ToArray());
    }

    /// <summary>The four checksum bytes a zlib stream lacks, or null when it is complete (or not a zlib stream this can read).</summary>
    private static byte[]? Trailer(ReadOnlySpan<byte> data)
    {
        if (data.Length < 6 || data[0] != 0x78 || (data[0] * 256 + data[1]) % 31 != 0)
            return null;
        byte[] inflated;
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(data[2..].ToArray()), CompressionMode.Decompress);
            using var sink = new MemoryStream();
            deflate.CopyTo(sink);
            inflated = sink.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
        var checksum = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, Adler32(inflated));
        return data[^4..].SequenceEqual(checksum) ? null : checksum;
    }

    /// <summary>RFC 1950's Adler-32.</summary>
    public static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % Modulus;
            b = (b + a) % Modulus;
        }
        return (b << 16) | a;
    }

    /// <summary>The classic cross-reference table and startxref rewritten from where each "N G obj" now begins.</summary>
    private static byte[] WithCrossReferences(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var offsets = new Dictionary<int, int>();
        foreach (Match header in ObjectHeader().Matches(text))
            offsets.TryAdd(int.Parse(header.Groups["number"].Value, CultureInfo.InvariantCulture), header.Index);
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var table = XrefSection().Match(text, xref);
        if (xref <= 0 || !table.Success)
            throw new InvalidOperationException("the PDF has no cross-reference table to rewrite");
        var first = int.Parse(table.Groups["first"].Value, CultureInfo.InvariantCulture);
        var entries = table.Groups["entry"].Captures;
        var rebuilt = new StringBuilder();
        rebuilt.Append("xref\n").Append(first.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(entries.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i].Value;
            rebuilt.Append(entry[17] == 'n' ? offsets[first + i].ToString("D10", CultureInfo.InvariantCulture) + entry[10..] : entry).Append('\n');
        }
        var after = text[(table.Index + table.Length)..];
        after = StartXref().Replace(after, $"startxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n", 1);
        return Encoding.Latin1.GetBytes(text[..xref] + rebuilt + after);
    }

    [GeneratedRegex(@"<<(?<dict>(?:(?!>>\s*stream)[^\n])*?/Length (?<length>\d+)(?:(?!>>\s*stream)[^\n])*)>>\r?\nstream\r?\n")]
    private static partial Regex StreamDictionary();

    // An object begins after the header comment or after the previous object: never inside a stream's data.
    [GeneratedRegex(@"(?<=(?:endobj|%[^\n]*)\n)(?<number>\d+) (?<generation>\d+) obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"\Gxref\n(?<first>\d+) (?<count>\d+)\n(?:(?<entry>\d{10} \d{5} [nf] ?)\r?\n)*")]
    private static partial Regex XrefSection();

    [GeneratedRegex(@"startxref\n\d+\n")]
    private static partial Regex StartXref();
}
