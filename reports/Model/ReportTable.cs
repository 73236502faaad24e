namespace CorrAnalytics.Reports.Model;

/// <summary>A table of a report: typed values, so the PDF formats them for its culture and the workbook keeps numbers as numbers.</summary>
public sealed class ReportTable(string sheetName, IReadOnlyList<ReportColumn> columns)
{
    private readonly List<object?[]> _rows = [];
    private readonly HashSet<int> _subtotals = [];

    public string SheetName { get; } = sheetName;

    public IReadOnlyList<ReportColumn> Columns { get; } = columns;

    /// <summary>Every row in print order, the subtotal rows of groups included (<see cref="IsSubtotal"/>).</summary>
    public IReadOnlyList<object?[]> Rows => _rows;

    /// <summary>The rows that are not subtotals: a facility each, a product each.</summary>
    public IReadOnlyList<object?[]> Lines => _rows.Where((_, i) => !_subtotals.Contains(i)).ToList();

    public bool IsSubtotal(int row) => _subtotals.Contains(row);

    public object?[]? Totals { get; private set; }

    /// <summary>A note read with the table: printed under it, written below it in its sheet.</summary>
    public string? Note { get; private set; }

    public ReportTable WithNote(string? note)
    {
        Note = note;
        return this;
    }

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

    /// <summary>
    /// A group of rows led by its subtotal row (PUBLICATION §8: facilities grouped by branch, products
    /// by category): <paramref name="label"/> in <paramref name="labelColumn"/>, counts and money summed
    /// over the group, shares recomputed from its summed parts as in <see cref="TotalsRow"/>.
    /// </summary>
    public ReportTable AddGroup(string label, int labelColumn, IReadOnlyList<object?[]> rows, IEnumerable<Common.TotalRatio> ratios, IReadOnlyDictionary<string, decimal?>? hiddenSums = null)
    {
        var subtotal = Sums(label, rows, ratios, hiddenSums);
        (subtotal[0], subtotal[labelColumn]) = (null, label);
        _subtotals.Add(_rows.Count);
        Add(subtotal);
        return AddRows(rows);
    }

    /// <summary>The same rows and totals with only some columns (a narrower table for a printed page).</summary>
    public ReportTable Select(params int[] columns)
    {
        var table = new ReportTable(SheetName, columns.Select(c => Columns[c]).ToList());
        foreach (var row in _rows)
            table.Add(columns.Select(c => row[c]).ToArray());
        table._subtotals.UnionWith(_subtotals);
        if (Totals is { } totals)
            table.WithTotals(columns.Select(c => totals[c]).ToArray());
        return table.WithNote(Note);
    }

    /// <summary>
    /// The totals row: counts and money summed; each share recomputed from its summed parts, which
    /// are columns of the table or the sums of parts it does not show (<paramref name="hiddenSums"/>).
    /// </summary>
    public object?[] TotalsRow(string label, IEnumerable<Common.TotalRatio> ratios, IReadOnlyDictionary<string, decimal?>? hiddenSums = null) =>
        Sums(label, Lines, ratios, hiddenSums);

    private object?[] Sums(string label, IReadOnlyList<object?[]> rows, IEnumerable<Common.TotalRatio> ratios, IReadOnlyDictionary<string, decimal?>? hiddenSums)
    {
        var totals = new object?[Columns.Count];
        totals[0] = label;
        for (var c = 1; c < Columns.Count; c++)
            if (Columns[c] is { Kind: ValueKind.Integer or ValueKind.Events or ValueKind.Money, Additive: true })
                totals[c] = rows.Sum(r => r[c] is null ? 0 : NumberFormat.ToDecimal(r[c]!));
        decimal? Part(string key) => hiddenSums is not null && hiddenSums.TryGetValue(key, out var sum) ? sum : totals[Column(key)] as decimal?;
        foreach (var ratio in ratios)
            totals[Column(ratio.Column)] = Part(ratio.Numerator) is { } n && Part(ratio.Denominator) is { } d && d != 0
                ? ratio.Complement ? 100 - n * ratio.Scale / d : n * ratio.Scale / d
                : null; // never a sum of ratios (an average wage is money, yet its total is not the sum of the rows)
        return totals;
    }

    private int Column(string key)
    {
        for (var c = 0; c < Columns.Count; c++)
            if (Columns[c].Key == key)
                return c;
        throw new ArgumentException($"{SheetName} has no column {key}.");
    }

    public ReportTable WithTotals(params object?[] values)
    {
        Totals = values.Length == Columns.Count ? values : throw new ArgumentException("The totals row needs a value per column.");
        return this;
    }
}
