using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace CorrAnalytics.Etl.Sources;

/// <summary>
/// Reads the cells of one worksheet of an .xlsx package with a forward-only XML reader over the
/// package's parts (workbook, relationships, shared strings, styles, the sheet): no spreadsheet
/// object model is built. Formulas are read as the value the spreadsheet saved with them.
/// </summary>
public static partial class XlsxSheetReader
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false, IgnoreComments = true,
    };

    /// <summary>The sheets of the workbook by name, in order.</summary>
    public static IReadOnlyList<string> SheetNames(ZipArchive package) => Sheets(package).Select(s => s.Name).ToList();

    /// <summary>The non-empty cells of the named sheet in row order, or null when the workbook has no such sheet.</summary>
    public static List<SheetCell>? Read(ZipArchive package, string sheetName)
    {
        var sheet = Sheets(package).FirstOrDefault(s => s.Name == sheetName);
        if (sheet.Name is null)
            return null;
        var part = package.GetEntry(sheet.Part) ?? throw new InvalidDataException($"the sheet's part {sheet.Part} is missing");
        var strings = SharedStrings(package);
        var dateStyles = DateStyles(package);
        var cells = new List<SheetCell>();
        using var reader = XmlReader.Create(part.Open(), Settings);
        var (row, column) = (0, 0);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Main)
                continue;
            if (reader.LocalName == "row")
            {
                row = int.TryParse(reader.GetAttribute("r"), CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                column = 0;
            }
            else if (reader.LocalName == "c")
            {
                (row, column) = Position(reader.GetAttribute("r"), row, column + 1);
                var cell = Cell(reader, row, column, strings, dateStyles);
                if (cell.Text.Length > 0)
                    cells.Add(cell);
            }
        }
        return cells;
    }

    private static SheetCell Cell(XmlReader reader, int row, int column, IReadOnlyList<string> strings, IReadOnlySet<int> dateStyles)
    {
        var type = reader.GetAttribute("t") ?? "n";
        var style = int.TryParse(reader.GetAttribute("s"), CultureInfo.InvariantCulture, out var s) ? s : 0;
        string? value = null;
        string? inline = null;
        ForEachChild(reader, child =>
        {
            if (child.LocalName == "v")
                value = child.ReadElementContentAsString();
            else if (child.LocalName == "is")
                inline = Text(child);
            else
                child.Skip();
        });
        switch (type)
        {
            case "s":
                return new SheetCell(row, column,
                    int.TryParse(value, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count ? strings[index] : "", null, false);
            case "inlineStr":
                return new SheetCell(row, column, inline ?? "", null, false);
            case "str" or "e":
                return new SheetCell(row, column, value ?? "", null, false);
            case "b":
                return new SheetCell(row, column, value == "1" ? "TRUE" : value is null ? "" : "FALSE", null, false);
            default:
                if (value is null || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    return new SheetCell(row, column, value ?? "", null, false);
                var isDate = dateStyles.Contains(style);
                var text = isDate && number is > -657435 and < 2958466
                    ? DateTime.FromOADate(number).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture).Replace(" 00:00:00", "")
                    : number.ToString(CultureInfo.InvariantCulture);
                return new SheetCell(row, column, text, number, isDate);
        }
    }

    /// <summary>A cell reference "B12" as row and column; a cell without one follows the one before it.</summary>
    private static (int Row, int Column) Position(string? reference, int row, int nextColumn)
    {
        if (string.IsNullOrEmpty(reference))
            return (row, nextColumn);
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return int.TryParse(reference.AsSpan(i), CultureInfo.InvariantCulture, out var r) && column > 0 ? (r, column) : (row, nextColumn);
    }

    /// <summary>The text of a string item (plain or rich text runs; phonetic runs left out); the reader ends on its end tag.</summary>
    private static string Text(XmlReader reader)
    {
        var text = new StringBuilder();
        ForEachChild(reader, child =>
        {
            if (child.LocalName == "t")
                text.Append(Unescape(child.ReadElementContentAsString()));
            else if (child.LocalName == "r")
                text.Append(Text(child));
            else
                child.Skip();
        });
        return text.ToString();
    }

    /// <summary>
    /// Characters XML cannot hold (control characters) are stored as _xHHHH_ (and a literal "_x" as
    /// _x005F_x); read, they are the characters again, so that a check can see them.
    /// </summary>
    private static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? EscapedCharacter().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    [System.Text.RegularExpressions.GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial System.Text.RegularExpressions.Regex EscapedCharacter();

    /// <summary>
    /// Calls the action on each child element of the element the reader is on; the action must move
    /// the reader past the child (read its content, or skip it). The reader ends on the element's end
    /// tag (or on the element itself when it is empty), so the caller's next Read goes on after it.
    /// </summary>
    private static void ForEachChild(XmlReader reader, Action<XmlReader> onChild)
    {
        if (reader.IsEmptyElement)
            return;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.NamespaceURI == Main)
                    onChild(reader);
                else
                    reader.Skip();
            }
            else
                reader.Read();
        }
    }

    private static List<string> SharedStrings(ZipArchive package)
    {
        var strings = new List<string>();
        var part = package.GetEntry("xl/sharedStrings.xml");
        if (part is null)
            return strings;
        using var reader = XmlReader.Create(part.Open(), Settings);
        while (reader.Read())
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == Main && reader.LocalName == "si")
                strings.Add(Text(reader));
        return strings;
    }

    /// <summary>The cell style indexes whose number format shows a date.</summary>
    private static HashSet<int> DateStyles(ZipArchive package)
    {
        var styles = new HashSet<int>();
        var part = package.GetEntry("xl/styles.xml");
        if (part is null)
            return styles;
        var custom = new Dictionary<int, string>();
        using var reader = XmlReader.Create(part.Open(), Settings);
        var index = 0;
        var inCellFormats = false;
        while (reader.Read())
        {
            if (reader.NamespaceURI != Main)
                continue;
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
                inCellFormats = false;
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            if (reader.LocalName == "numFmt" && int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id))
                custom[id] = reader.GetAttribute("formatCode") ?? "";
            else if (reader.LocalName == "cellXfs")
                inCellFormats = !reader.IsEmptyElement;
            else if (reader.LocalName == "xf" && inCellFormats)
            {
                var format = int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var f) ? f : 0;
                if (IsDateFormat(format, custom))
                    styles.Add(index);
                index++;
            }
        }
        return styles;
    }

    private static bool IsDateFormat(int id, Dictionary<int, string> custom)
    {
        if (id is >= 14 and <= 22 or >= 45 and <= 47)
            return true;
        if (!custom.TryGetValue(id, out var code))
            return false;
        // Letters of a date or time outside quoted text, escapes and [colour] or [$-locale] brackets.
        var plain = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]", "");
        return plain.IndexOfAny(['d', 'm', 'y', 'h', 's', 'D', 'M', 'Y', 'H', 'S']) >= 0 && !plain.Contains("General", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The workbook's sheets with the package part each is stored in.</summary>
    private static List<(string Name, string Part)> Sheets(ZipArchive package)
    {
        var workbook = package.GetEntry("xl/workbook.xml") ?? throw new InvalidDataException("the package has no xl/workbook.xml");
        var targets = new Dictionary<string, string>();
        if (package.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var reader = XmlReader.Create(rels.Open(), Settings);
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == PackageRelationships && reader.LocalName == "Relationship"
                    && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
                    targets[id] = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        }
        var sheets = new List<(string, string)>();
        using (var reader = XmlReader.Create(workbook.Open(), Settings))
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == Main && reader.LocalName == "sheet"
                    && reader.GetAttribute("name") is { } name && reader.GetAttribute("id", OfficeRelationships) is { } id
                    && targets.TryGetValue(id, out var part))
                    sheets.Add((name, part));
        return sheets;
    }
}
