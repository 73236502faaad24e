using System.Text.RegularExpressions;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.Models;

/// <summary>One file of warehouse/models: a select whose result becomes a view or table named after the file.</summary>
public sealed partial record SqlModel(string Schema, string Name, string Sql, bool IsTable)
{
    public string QualifiedName => $"{Schema}.{Name}";

    public static SqlModel FromResource(string resource)
    {
        // models/<schema>/<name>.sql
        var parts = resource.Split('/');
        var sql = SqlResources.Read(resource).Trim().TrimEnd(';');
        var materialized = SqlResources.HeaderValue(sql, "materialized") ?? "view";
        return new SqlModel(parts[1], Path.GetFileNameWithoutExtension(parts[2]), sql, materialized == "table");
    }

    /// <summary>Other models this one reads, found as schema.name references in its text.</summary>
    public IEnumerable<string> References(IReadOnlySet<string> known) =>
        Reference().Matches(Sql).Select(m => m.Value.ToLowerInvariant())
            .Where(name => name != QualifiedName && known.Contains(name))
            .Distinct();

    public string CreateStatement(bool asTable = false) =>
        $"create or replace {(IsTable || asTable ? "table" : "view")} {QualifiedName} as\n{Sql}";

    [GeneratedRegex(@"\b(staging|marts)\.[a-z_][a-z0-9_]*", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
