namespace CorrAnalytics.Etl.Load;

/// <summary>The ETL's .sql templates (etl/Load/sql), with {placeholders} filled from fixed descriptions.</summary>
public static class EtlSql
{
    public static string Read(string name, params (string Key, string Value)[] fill)
    {
        using var stream = typeof(EtlSql).Assembly.GetManifestResourceStream($"sql/{name}.sql")
            ?? throw new InvalidOperationException($"The ETL assembly has no embedded sql/{name}.sql.");
        var text = new StreamReader(stream).ReadToEnd();
        foreach (var (key, value) in fill)
            text = text.Replace("{" + key + "}", value);
        return text;
    }
}
