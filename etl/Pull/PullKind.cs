using System.Globalization;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;

namespace CorrAnalytics.Etl.Pull;

/// <summary>
/// How rows of one inbox kind pulled from a database become the file the kind's contract describes:
/// which column says the slice (a month, a plan's year, or the register as of today), the columns
/// written and how, and the key that names a row in place of a line.
/// </summary>
public sealed record PullKind(FileKind Kind, string? SliceColumn, IReadOnlyList<string> Key)
{
    public static readonly IReadOnlyDictionary<FileKind, PullKind> All = new PullKind[]
    {
        new(FileKind.Facilities, null, ["facility_code"]),
        new(FileKind.Products, null, ["product_code"]),
        new(FileKind.Population, "date", ["facility_code", "date"]),
        new(FileKind.Movements, "date", ["facility_code", "date", "movement"]),
        new(FileKind.Incidents, "occurred_at", ["incident_id"]),
        // The staffing file has no date column: its month comes from the name, so a pulled row says it in `month`.
        new(FileKind.Staffing, "month", ["facility_code", "staff_category"]),
        new(FileKind.BudgetPlan, "period", ["facility_code", "programme", "subprogramme", "specific", "source", "period"]),
        new(FileKind.BudgetExec, "date", ["facility_code", "document"]),
    }.ToDictionary(k => k.Kind);

    public static PullKind Parse(string code) =>
        All.Values.FirstOrDefault(k => k.Kind.Code() == code.Trim().ToLowerInvariant())
        ?? throw new PullConfigurationException($"Kind '{code}' cannot be pulled: use one of {string.Join(", ", All.Values.Select(k => k.Kind.Code()))}.");

    private CsvSource Csv => CsvSource.All[Kind];

    /// <summary>The register kinds: every pull that finds a change takes the whole register as of today.</summary>
    public bool Snapshot => SliceColumn is null;

    /// <summary>The columns the query must return (the contract's, an optional trailing one aside), and the slice's.</summary>
    public IReadOnlyList<string> Required =>
        Csv.RawColumns.Take(Csv.RawColumns.Count - Csv.OptionalTrailing).Concat(SliceColumn is { } s && !Csv.RawColumns.Contains(s) ? [s] : []).ToList();

    /// <summary>The slice of a row, as the file name writes it: 202402, 2024, or today's 20261125 for a register.</summary>
    public string Slice(PulledRow row, DateOnly today) => SliceColumn is null
        ? today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
        : Kind == FileKind.BudgetPlan ? $"{Date(row[SliceColumn]):yyyy}" : $"{Date(row[SliceColumn]):yyyyMM}";

    public string FileName(string slice) => $"{Kind.Code()}_{slice}.csv";

    /// <summary>The header and rows of one slice's file, in the contract's format and encoding, ordered by key (the same rows give the same bytes).</summary>
    public (byte[] Bytes, IReadOnlyList<string> Keys) File(IEnumerable<PulledRow> rows, ISet<string> present)
    {
        var columns = Csv.RawColumns.Where(c => present.Contains(c) || Required.Contains(c)).ToList();
        var header = Csv.Header.Take(columns.Count);
        var ordered = rows.Select(r => (Key: KeyOf(r), Row: r)).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var lines = ordered.Select(r => string.Join(Csv.Delimiter, columns.Select(c => Escape(Text(c, r.Row[c])))));
        var text = string.Join("\n", lines.Prepend(string.Join(Csv.Delimiter, header))) + "\n";
        return (Csv.Encoding.GetBytes(text), ordered.Select(r => r.Key).ToList());
    }

    public string KeyOf(PulledRow row) => string.Join(" ", Key.Select(c => Text(c, row[c])));

    /// <summary>A value as the contract writes it: dates YYYY-MM-DD (accounting files dd.MM.yyyy, a plan's period MM.YYYY), amounts with a decimal comma in accounting files.</summary>
    private string Text(string column, object? value) => value switch
    {
        null or DBNull => "",
        DateTime or DateOnly when column == "occurred_at" => $"{Date(value):yyyy-MM-dd} {((DateTime)value).TimeOfDay:hh\\:mm\\:ss}",
        DateTime or DateOnly when column == "period" => $"{Date(value):MM.yyyy}",
        DateTime or DateOnly when Csv.Windows1251 => $"{Date(value):dd.MM.yyyy}",
        DateTime or DateOnly => $"{Date(value):yyyy-MM-dd}",
        decimal or double or float when Csv.Windows1251 => Convert.ToString(value, CultureInfo.InvariantCulture)!.Replace('.', ','),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static DateOnly Date(object? value) => value switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DateOnly d => d,
        string s when DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw new PullConfigurationException($"'{value}' is not a date"),
    };

    private string Escape(string value) =>
        value.IndexOfAny([Csv.Delimiter, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
