namespace CorrAnalytics.TestSupport;

/// <summary>A spoiled row or file the generator planted, as defects.json lists it.</summary>
public sealed record PlantedDefectEntry(string Kind, string File, int? Line, string? Column, string? Value);
