using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace CorrAnalytics.Reports.Excel;

/// <summary>
/// Makes a saved workbook depend on its content and its generation time only, so that rendering a
/// publication again gives the same bytes (docs/history.md): System.IO.Packaging names the core
/// properties part and the package relationships with fresh GUIDs, stamps created/modified and every
/// zip entry with the clock. Here they become a fixed name, numbered ids and the report's time.
/// </summary>
public static partial class DeterministicPackage
{
    private const string CoreProperties = "package/services/metadata/core-properties/core.psmdcp";

    public static byte[] Normalize(byte[] package, DateTime generatedAtUtc)
    {
        var stamp = DateTime.SpecifyKind(generatedAtUtc, DateTimeKind.Utc);
        var w3c = stamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var name = CorePropertiesPart().IsMatch(entry.FullName) ? CoreProperties : entry.FullName;
                byte[] bytes;
                using (var read = entry.Open())
                using (var copy = new MemoryStream())
                {
                    read.CopyTo(copy);
                    bytes = copy.ToArray();
                }
                if (entry.FullName == "_rels/.rels")
                    bytes = Rewrite(bytes, text => NumberedIds(CorePropertiesPart().Replace(text, CoreProperties)));
                else if (entry.FullName == "xl/workbook.xml")
                    bytes = Rewrite(bytes, AbsolutePrintTitles);
                else if (name == CoreProperties)
                    bytes = Rewrite(bytes, text => W3cTime().Replace(text, m => m.Groups[1].Value + w3c + m.Groups[2].Value));
                var written = target.CreateEntry(name, CompressionLevel.Optimal);
                written.LastWriteTime = new DateTimeOffset(stamp);
                using var write = written.Open();
                write.Write(bytes);
            }
        }
        return output.ToArray();
    }

    private static byte[] Rewrite(byte[] bytes, Func<string, string> change)
    {
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var text = Encoding.UTF8.GetString(bom ? bytes[3..] : bytes);
        var changed = Encoding.UTF8.GetBytes(change(text));
        return bom ? [.. Encoding.UTF8.Preamble, .. changed] : changed;
    }

    /// <summary>
    /// Print titles as absolute references with the sheet quoted ('Жоспар'!$1:$1), the form Excel
    /// writes: ClosedXML writes them relative (Жоспар!1:1), which LibreOffice does not repeat on
    /// printed pages (PUBLICATION §9).
    /// </summary>
    private static string AbsolutePrintTitles(string workbook) => PrintTitles().Replace(workbook, m =>
    {
        var (sheet, rows) = (m.Groups["sheet"].Value, m.Groups["rows"].Value);
        var quoted = sheet.StartsWith('\'') ? sheet : $"'{sheet.Replace("'", "''")}'";
        return m.Groups["open"].Value + quoted + "!" + RowOrColumn().Replace(rows, r => "$" + r.Value.TrimStart('$')) + m.Groups["close"].Value;
    });

    [GeneratedRegex(@"(?<open><(?:\w+:)?definedName name=""_xlnm\.Print_Titles""[^>]*>)(?<sheet>'[^']*(?:''[^']*)*'|[^!<]+)!(?<rows>[^<]+)(?<close></)")]
    private static partial Regex PrintTitles();

    [GeneratedRegex(@"\$?(\d+|[A-Z]+)")]
    private static partial Regex RowOrColumn();

    private static string NumberedIds(string rels)
    {
        var n = 0;
        return RandomId().Replace(rels, _ => $"Id=\"Rcorr{++n}\"");
    }

    [GeneratedRegex(@"package/services/metadata/core-properties/[0-9a-f]{32}\.psmdcp")]
    private static partial Regex CorePropertiesPart();

    [GeneratedRegex(@"Id=""R[0-9a-f]{16}""")]
    private static partial Regex RandomId();

    [GeneratedRegex(@"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")]
    private static partial Regex W3cTime();
}
