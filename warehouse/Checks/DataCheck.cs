using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse.Checks;

public sealed record DataCheck(string Name, string Severity, string Description, string Sql)
{
    public static DataCheck FromResource(string resource)
    {
        var sql = SqlResources.Read(resource).Trim().TrimEnd(';');
        var file = Path.GetFileName(resource);
        string Header(string key) => SqlResources.HeaderValue(sql, key)
            ?? throw new InvalidOperationException($"Check {file} has no '-- {key}:' line in its header.");
        var severity = Header("severity");
        if (severity is not ("error" or "warn"))
            throw new InvalidOperationException($"Check {file}: severity must be error or warn, not '{severity}'.");
        return new DataCheck(Header("name"), severity, Header("description"), sql);
    }
}
