using System.Text.RegularExpressions;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.Queries;

/// <summary>The rows of a report query: column names and values (numbers as decimal, long or double; text; dates).</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public object? this[int row, string column] => Rows[row][Index(column)];

    public int Index(string column)
    {
        var i = Columns.ToList().IndexOf(column);
        return i >= 0 ? i : throw new KeyNotFoundException($"The query has no column '{column}' (it has {string.Join(", ", Columns)}).");
    }

    public decimal? Number(int row, string column) => this[row, column] switch
    {
        null => null,
        System.Numerics.BigInteger b => (decimal)b,
        IConvertible c => Convert.ToDecimal(c, System.Globalization.CultureInfo.InvariantCulture),
        var other => throw new InvalidCastException($"{column} holds {other.GetType().Name}, not a number."),
    };
}

/// <summary>The typed queries reports read (warehouse/queries/**.sql), run with their parameters.</summary>
public static partial class ReportQueries
{
    public static QueryResult Run(WarehouseSession session, string name, params object?[] parameters)
    {
        var sql = SqlResources.Read($"queries/{name}.sql").Trim().TrimEnd(';');
        // DuckDB wants exactly the parameters a statement names.
        var used = Parameter().Matches(sql).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        using var command = session.Command(sql, parameters.Take(used).ToArray());
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return new QueryResult(columns, rows);
    }

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Parameter();
}
