using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Sources;

/// <summary>
/// Where a file's header puts the contract's columns. A header is matched by name, case and
/// surrounding spaces ignored, in any order and separated by ',' or ';' (whichever names more of
/// the contract's columns; the contract's own on a tie); an empty name (a trailing separator) is
/// ignored, an extra column is ignored and noted, and a missing required column refuses the file.
/// </summary>
public sealed class CsvLayout
{
    private CsvLayout(char delimiter, int[] fieldOf, int width, IReadOnlyList<string> extra, IReadOnlyList<string> absent)
    {
        Delimiter = delimiter;
        FieldOf = fieldOf;
        Width = width;
        Extra = extra;
        Absent = absent;
    }

    /// <summary>The separator the file uses.</summary>
    public char Delimiter { get; }

    /// <summary>For each contract column, the file's field holding it; -1 for an optional column the file leaves out.</summary>
    public IReadOnlyList<int> FieldOf { get; }

    /// <summary>The fields of the header, the blank ones a trailing separator makes included.</summary>
    public int Width { get; }

    /// <summary>The last field that holds a column the contract names (blank ones after it are a trailing separator).</summary>
    public int LastUsed => FieldOf.Max();

    /// <summary>The file's columns the contract does not have, as the header wrote them.</summary>
    public IReadOnlyList<string> Extra { get; }

    /// <summary>The optional columns the file leaves out.</summary>
    public IReadOnlyList<string> Absent { get; }

    /// <summary>What the batch records about the file's layout: how it differs from the contract.</summary>
    public IEnumerable<string> Notes(CsvSource source)
    {
        if (Delimiter != source.Delimiter)
            yield return $"separated by '{Delimiter}' (the contract uses '{source.Delimiter}')";
        if (FieldOf.Where(i => i >= 0).Zip(FieldOf.Where(i => i >= 0).Skip(1)).Any(p => p.First > p.Second))
            yield return "columns in another order than the contract's";
        if (Extra.Count > 0)
            yield return $"extra column{(Extra.Count == 1 ? "" : "s")} ignored: {string.Join(", ", Extra)}";
    }

    /// <summary>The layout of a header, read with each separator; a header that cannot hold the contract's columns is refused.</summary>
    public static CsvLayout Of(Func<char, CsvRecord> header, CsvSource source)
    {
        var other = source.Delimiter == ',' ? ';' : ',';
        var own = Read(header(source.Delimiter), source.Delimiter, source);
        var candidate = Read(header(other), other, source);
        var chosen = candidate.Known > own.Known ? candidate : own;
        if (chosen.Known == 0)
            throw new StructureException(Expected(source, $"the header is '{CsvPrepass.Shorten(header(source.Delimiter).Raw.Split('\n')[0].TrimEnd('\r'))}'"));
        if (chosen.Duplicate is { } twice)
            throw new StructureException($"the header names the column {twice} twice");
        var missing = source.Header.Where((_, i) => chosen.FieldOf[i] < 0 && !source.Optional.Contains(source.Header[i])).ToList();
        if (missing.Count > 0)
            throw new StructureException(Expected(source,
                $"the header has no column {string.Join(", ", missing)}" +
                (chosen.Extra.Count > 0 ? $" (it has {string.Join(", ", chosen.Extra)}, which this file kind does not)" : "")));
        var absent = source.Header.Where((_, i) => chosen.FieldOf[i] < 0).ToList();
        return new CsvLayout(chosen.Delimiter, chosen.FieldOf, chosen.Width, chosen.Extra, absent);
    }

    private static string Expected(CsvSource source, string problem) =>
        $"{problem}; expected '{source.HeaderLine}'" +
        (source.OptionalTrailing == 0 ? "" : $" ({string.Join(source.Delimiter, source.Optional)} may be left out)") +
        ", in any order, separated by ',' or ';'";

    private sealed record Reading(char Delimiter, int[] FieldOf, int Width, List<string> Extra, string? Duplicate)
    {
        public int Known => FieldOf.Count(i => i >= 0);
    }

    private static Reading Read(CsvRecord header, char delimiter, CsvSource source)
    {
        var names = header.Fields.Select(Name).ToList();
        var fieldOf = source.Header.Select(column => names.IndexOf(Name(column))).ToArray();
        var duplicate = source.Header.FirstOrDefault(column => names.Count(n => n == Name(column)) > 1);
        var extra = header.Fields.Where((field, i) => names[i].Length > 0 && !fieldOf.Contains(i)).Select(f => f.Trim()).ToList();
        return new Reading(delimiter, fieldOf, header.Fields.Count, extra, duplicate);
    }

    private static string Name(string field) => field.Trim().Trim('\uFEFF').ToLowerInvariant();
}
