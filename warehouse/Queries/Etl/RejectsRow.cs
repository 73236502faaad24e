namespace CorrAnalytics.Warehouse.Queries.Etl;

/// <summary>A row of etl/rejects.sql: a rejected row with its file, line or cell, column, value, rule and reason.</summary>
[Query("etl/rejects")]
public sealed record RejectsRow(
    long? BatchId,
    string? FileName,
    string? LineOrCell,
    string? ColumnName,
    string? RawValue,
    string? RuleCode,
    string? Message,
    string? Kind);
