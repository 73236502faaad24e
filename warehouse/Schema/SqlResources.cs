using System.Reflection;

namespace CorrAnalytics.Warehouse.Schema;

/// <summary>
/// Every .sql and .csv file of the product, embedded in this assembly by its path under
/// warehouse/sql/ ("models/marts/mart_facility_month.sql", "load/raw_csv.sql"). The one way SQL is loaded.
/// </summary>
public static class SqlResources
{
    private static readonly Assembly Assembly = typeof(SqlResources).Assembly;

    /// <summary>Names under a folder ("migrations/", "checks/"), in ordinal order.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        Assembly.GetManifestResourceNames()
            .Select(Normalize)
            .Where(name => name.StartsWith(folder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Read(string name)
    {
        var actual = Assembly.GetManifestResourceNames().FirstOrDefault(n => Normalize(n) == name);
        using var stream = (actual is null ? null : Assembly.GetManifestResourceStream(actual))
            ?? throw new InvalidOperationException($"The warehouse assembly has no embedded file '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// A statement by its name without ".sql" ("load/raw_csv"), its {placeholders} filled. Placeholders
    /// take identifiers from fixed descriptions in code, never input: values go in as $1, $2 parameters.
    /// </summary>
    public static string Sql(string name, params (string Key, string Value)[] fill)
    {
        var text = Read(name + ".sql");
        foreach (var (key, value) in fill)
            text = text.Replace("{" + key + "}", value);
        return text;
    }

    // RecursiveDir in the project file yields '\' on Windows.
    private static string Normalize(string name) => name.Replace('\\', '/');

    /// <summary>The value of a "-- key: value" line in a file's header comment, or null.</summary>
    public static string? HeaderValue(string sql, string key)
    {
        foreach (var line in sql.Split('\n'))
        {
            var trimmed = line.Trim();
            if (!trimmed.StartsWith("--", StringComparison.Ordinal))
                break;
            var body = trimmed[2..].Trim();
            if (body.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase))
                return body[(key.Length + 1)..].Trim();
        }
        return null;
    }
}
