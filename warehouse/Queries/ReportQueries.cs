using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text.RegularExpressions;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.Queries;

/// <summary>
/// Runs the queries reports and the console read (warehouse/sql/queries/**.sql), each into its own
/// record (marked <see cref="QueryAttribute"/>), mapping columns to the record's parameters by name:
/// <c>rate_per_100k</c> fills <c>RatePer100k</c>. A column the record does not have, or a parameter
/// the query does not return, is an error naming both.
/// </summary>
public static partial class ReportQueries
{
    public static IReadOnlyList<T> Rows<T>(WarehouseSession session, params object?[] parameters)
    {
        var (name, constructor) = Describe(typeof(T));
        using var command = Command(session, name, parameters);
        using var reader = command.ExecuteReader();
        var targets = constructor.GetParameters();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var order = targets.Select(p => columns.FindIndex(c => Matches(c, p.Name!))).ToArray();
        var missing = targets.Where((_, i) => order[i] < 0).Select(p => p.Name).ToList();
        var extra = columns.Where(c => !targets.Any(p => Matches(c, p.Name!))).ToList();
        if (missing.Count > 0 || extra.Count > 0)
            throw new InvalidOperationException(
                $"Query {name} and its record {typeof(T).Name} disagree: the query lacks [{string.Join(", ", missing)}], the record lacks [{string.Join(", ", extra)}].");
        var rows = new List<T>();
        while (reader.Read())
        {
            var values = new object?[targets.Length];
            for (var i = 0; i < targets.Length; i++)
                values[i] = reader.IsDBNull(order[i]) ? null : Convert(reader.GetValue(order[i]), targets[i].ParameterType, name, columns[order[i]]);
            rows.Add((T)constructor.Invoke(values));
        }
        return rows;
    }

    /// <summary>The one row of a query that returns exactly one.</summary>
    public static T Single<T>(WarehouseSession session, params object?[] parameters) =>
        Rows<T>(session, parameters) is [var row] ? row
            : throw new InvalidOperationException($"Query {Describe(typeof(T)).Name} should return one row.");

    /// <summary>The query file a record holds, and its parameters' names in order.</summary>
    public static (string Query, IReadOnlyList<string> Parameters) Contract(Type record)
    {
        var (name, constructor) = Describe(record);
        return (name, constructor.GetParameters().Select(p => p.Name!).ToList());
    }

    /// <summary>Whether a column fills a record parameter: the same name without underscores, in any case.</summary>
    public static bool Matches(string column, string parameter) =>
        string.Equals(column.Replace("_", ""), parameter, StringComparison.OrdinalIgnoreCase);

    /// <summary>The columns a query file returns, by name, in order (its rows are not read).</summary>
    public static IReadOnlyList<string> Columns(WarehouseSession session, string query, params object?[] parameters)
    {
        using var command = Command(session, query, parameters);
        using var reader = command.ExecuteReader();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }

    private static DuckDB.NET.Data.DuckDBCommand Command(WarehouseSession session, string query, object?[] parameters)
    {
        var sql = SqlResources.Read($"queries/{query}.sql").Trim().TrimEnd(';');
        // DuckDB wants exactly the parameters a statement names.
        var used = Parameter().Matches(sql).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        return session.Command(sql, parameters.Take(used).ToArray());
    }

    private static (string Name, ConstructorInfo Constructor) Describe(Type record)
    {
        var name = record.GetCustomAttribute<QueryAttribute>()?.Name
            ?? throw new InvalidOperationException($"{record.Name} names no query: mark it [Query(\"folder/file\")].");
        var constructor = record.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return (name, constructor);
    }


    private static object Convert(object value, Type target, string query, string column)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        return (value, type) switch
        {
            (_, _) when type.IsInstanceOfType(value) => value,
            (DateTime t, _) when type == typeof(DateOnly) => DateOnly.FromDateTime(t),
            (DateOnly d, _) when type == typeof(DateTime) => d.ToDateTime(TimeOnly.MinValue),
            (BigInteger b, _) when type == typeof(decimal) => (decimal)b,
            (BigInteger b, _) when type == typeof(long) => (long)b,
            (BigInteger b, _) when type == typeof(double) => (double)b,
            (IConvertible c, _) when type != typeof(string) => System.Convert.ChangeType(c, type, CultureInfo.InvariantCulture),
            _ => throw new InvalidCastException($"Query {query}: column {column} holds {value.GetType().Name}, not {type.Name}."),
        };
    }

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Parameter();
}
