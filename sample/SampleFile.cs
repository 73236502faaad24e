using System.Text;
using CorrAnalytics.Etl.Common;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;

namespace CorrAnalytics.Sample;

/// <summary>A CSV file being generated in its kind's contract format (header, delimiter, encoding), written in one go.</summary>
public sealed class SampleFile(string name, FileKind kind)
{
    private readonly string _header = CsvSource.All[kind].HeaderLine;

    private readonly List<string> _rows = [];

    public string Name { get; } = name;

    public char Delimiter { get; } = CsvSource.All[kind].Delimiter;

    public Encoding Encoding { get; set; } = CsvSource.All[kind].Encoding;

    /// <summary>Written without its final line break, as a transfer cut short leaves it.</summary>
    public bool Truncated { get; set; }

    public IReadOnlyList<string> Rows => _rows;

    public void Add(params object[] fields) =>
        _rows.Add(string.Join(Delimiter, fields.Select(f => SourceFormats.CsvField(Format(f), Delimiter))));

    /// <summary>Line number (1-based, the header is line 1) of the row at a 0-based index.</summary>
    public static int LineOf(int rowIndex) => rowIndex + 2;

    public void Replace(int rowIndex, string row) => _rows[rowIndex] = row;

    public void Insert(int rowIndex, string row) => _rows.Insert(rowIndex, row);

    public void WriteTo(string folder)
    {
        var text = new StringBuilder(_header).Append('\n');
        foreach (var row in _rows)
            text.Append(row).Append('\n');
        if (Truncated)
            text.Length--;
        File.WriteAllBytes(Path.Combine(folder, Name), Encoding.GetBytes(text.ToString()));
    }

    private static string Format(object value) => value switch
    {
        DateOnly d => SourceFormats.Iso(d),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
