namespace CorrAnalytics.Etl.Sources;

/// <summary>
/// A rejected row found while reading a file, before the warehouse's own row rules; with the facility it
/// names when that could be read from it (a department's annex counts only its facilities' rows).
/// </summary>
public sealed record RowReject(int? Line, string? Cell, string? Column, string? RawValue, string Rule, string Message, string? FacilityCode = null);
