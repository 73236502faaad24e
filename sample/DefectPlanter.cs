using CorrAnalytics.Etl.Common;

namespace CorrAnalytics.Sample;

/// <summary>
/// Plants every kind of defect the ETL must catch into the generated files, at a given rate per
/// row (and at least one of each kind), and records each with its file and line.
/// </summary>
public sealed class DefectPlanter(int seed, double rate)
{
    public const string UnknownFacilityCode = "ЖЖ-999/9";
    public const string UnmatchedFileName = "population-report_final.csv";

    private readonly SampleRandom _random = SampleRandom.For(seed, "defects");
    private readonly HashSet<(string File, int Row)> _used = [];
    private readonly List<PlantedDefect> _defects = [];

    public IReadOnlyList<PlantedDefect> Defects => _defects;

    public void PlantInCsv(IReadOnlyList<SampleFile> files)
    {
        var population = files.Where(f => f.Name.StartsWith("population_", StringComparison.Ordinal) && f.Rows.Count > 0).ToList();
        var movements = files.Where(f => f.Name.StartsWith("movements_", StringComparison.Ordinal) && f.Rows.Count > 0).ToList();
        var exec = files.Where(f => f.Name.StartsWith("budget_exec_", StringComparison.Ordinal) && f.Rows.Count > 0).ToList();
        if (population.Count < 3 || movements.Count < 2 || exec.Count < 2)
            throw new ArgumentException("--defects needs a sample of at least three months.");

        // Whole-file defects first, in files kept apart from the row defects.
        var truncated = population[^1];
        var misencoded = exec[^1];
        _defects.Add(new PlantedDefect { Kind = "truncated_file", File = truncated.Name });
        var last = truncated.Rows.Count - 1;
        truncated.Replace(last, truncated.Rows[last][..(truncated.Rows[last].Length / 2)]);
        truncated.Truncated = true;
        _defects.Add(new PlantedDefect { Kind = "wrong_encoding", File = misencoded.Name });
        misencoded.Encoding = SourceFormats.Utf8;

        var rowPopulation = population.SkipLast(1).ToList();
        var rowExec = exec.SkipLast(1).ToList();
        foreach (var _ in Times(rowPopulation))
            Replace(rowPopulation, "unknown_facility", 0, _ => UnknownFacilityCode, "facility_code");
        foreach (var _ in Times(rowPopulation))
            Replace(rowPopulation, "unparsable_number", 2, v => v + "O", "held_total");
        foreach (var _ in Times(rowPopulation))
            Replace(rowPopulation, "population_identity", 2, v => (int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) + 7).ToString(System.Globalization.CultureInfo.InvariantCulture), "held_total");
        foreach (var _ in Times(rowPopulation))
            Replace(rowPopulation, "impossible_date", 1, v => v[..8] + "32", "date");
        foreach (var _ in Times(movements))
            Replace(movements, "negative_count", 3, v => "-" + v, "count");
        string[] formulas = ["=HYPERLINK(\"http://example.invalid\",\"ПП\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-1+1"];
        foreach (var formula in formulas)
            Replace(rowExec, "formula_text", 7, _ => formula, "Документ", ';');
        foreach (var _ in Times(movements))
            Duplicate(movements);
    }

    /// <summary>The whole-file defects outside the CSV set: an unreadable workbook and an unmatched name.</summary>
    public void PlantFiles(string folder, string workbookName)
    {
        File.WriteAllBytes(Path.Combine(folder, workbookName), "PK\u0003\u0004 this is not a workbook"u8.ToArray());
        _defects.Add(new PlantedDefect { Kind = "unreadable_workbook", File = workbookName });
        File.WriteAllText(Path.Combine(folder, UnmatchedFileName), "facility_code,date\n");
        _defects.Add(new PlantedDefect { Kind = "unmatched_file_name", File = UnmatchedFileName });
    }

    private IEnumerable<int> Times(IReadOnlyList<SampleFile> files)
    {
        var rows = files.Sum(f => f.Rows.Count);
        return Enumerable.Range(0, Math.Max(1, (int)Math.Round(rate * rows / 8)));
    }

    private (SampleFile File, int Row) FreeRow(IReadOnlyList<SampleFile> files)
    {
        while (true)
        {
            var file = _random.Pick(files);
            var row = _random.Between(0, file.Rows.Count - 1);
            // Leave a row and its neighbours alone once used, so a duplicate never meets another defect.
            if (_used.Contains((file.Name, row)) || _used.Contains((file.Name, row - 1)) || _used.Contains((file.Name, row + 1)))
                continue;
            _used.Add((file.Name, row));
            return (file, row);
        }
    }

    private void Replace(IReadOnlyList<SampleFile> files, string kind, int column, Func<string, string> change, string columnName, char delimiter = ',')
    {
        var (file, row) = FreeRow(files);
        var fields = file.Rows[row].Split(delimiter);
        fields[column] = change(fields[column]);
        var value = fields[column];
        fields[column] = SourceFormats.CsvField(value, delimiter);
        file.Replace(row, string.Join(delimiter, fields));
        _defects.Add(new PlantedDefect { Kind = kind, File = file.Name, RowIndex = row, Column = columnName, Value = value });
    }

    private void Duplicate(IReadOnlyList<SampleFile> files)
    {
        var (file, row) = FreeRow(files);
        file.Insert(row + 1, file.Rows[row]);
        foreach (var d in _defects.Where(d => d.File == file.Name && d.RowIndex > row))
            d.RowIndex++;
        _used.RemoveWhere(u => u.File == file.Name && u.Row > row);
        foreach (var d in _defects.Where(d => d.File == file.Name && d.RowIndex is not null))
            _used.Add((file.Name, d.RowIndex!.Value));
        _used.Add((file.Name, row + 1));
        _defects.Add(new PlantedDefect { Kind = "duplicate_row", File = file.Name, RowIndex = row + 1 });
    }
}
