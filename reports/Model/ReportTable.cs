namespace CorrAnalytics.Reports.Model;

public enum ValueKind { Text, Integer, Decimal1, Money, Percent }

public sealed record ReportColumn(string Header, ValueKind Kind, double Relative = 1);

/// <summary>A table of a report: typed values, so the PDF formats them for its culture and the workbook keeps numbers as numbers.</summary>
public sealed class ReportTable(string sheetName, IReadOnlyList<ReportColumn> columns)
{
    private readonly List<object?[]> _rows = [];

    public string SheetName { get; } = sheetName;

    public IReadOnlyList<ReportColumn> Columns { get; } = columns;

    public IReadOnlyList<object?[]> Rows => _rows;

    public object?[]? Totals { get; private set; }

    public ReportTable Add(params object?[] values)
    {
        if (values.Length != Columns.Count)
            throw new ArgumentException($"A row of {SheetName} has {values.Length} values for {Columns.Count} columns.");
        _rows.Add(values);
        return this;
    }

    public ReportTable AddRows(IEnumerable<object?[]> rows)
    {
        foreach (var row in rows)
            Add(row);
        return this;
    }

    /// <summary>The same rows with only some columns (a narrower table for a printed page).</summary>
    public ReportTable Select(params int[] columns)
    {
        var table = new ReportTable(SheetName, columns.Select(c => Columns[c]).ToList());
        foreach (var row in _rows)
            table.Add(columns.Select(c => row[c]).ToArray());
        return table;
    }

    public ReportTable WithTotals(params object?[] values)
    {
        Totals = values.Length == Columns.Count ? values : throw new ArgumentException("The totals row needs a value per column.");
        return this;
    }
}

/// <summary>A headline indicator with its value a month and a year earlier.</summary>
public sealed record Indicator(string Key, string Label, ValueKind Kind, decimal? Value, decimal? PreviousMonth, decimal? PreviousYear, bool? HigherIsBetter)
{
    public decimal? ChangeMoM => Change(PreviousMonth);

    public decimal? ChangeYoY => Change(PreviousYear);

    /// <summary>Percentages change in points; counts and money change in per cent.</summary>
    private decimal? Change(decimal? before) =>
        Value is null || before is null ? null
        : Kind == ValueKind.Percent ? Value - before
        : before == 0 ? null : (Value - before) / before * 100;
}
