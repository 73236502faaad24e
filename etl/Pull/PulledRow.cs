namespace CorrAnalytics.Etl.Pull;

/// <summary>One row a source query returned, by lower-case column name.</summary>
public sealed class PulledRow(IReadOnlyDictionary<string, object?> values)
{
    public object? this[string column] => values.TryGetValue(column, out var value) ? value : null;
}
