namespace CorrAnalytics.Etl.Sources;

/// <summary>A rejected row found while reading a file, before the warehouse's own row rules.</summary>
public sealed record RowReject(int? Line, string? Cell, string? Column, string? RawValue, string Rule, string Message);
