namespace CorrAnalytics.Etl.Sources;

/// <summary>A file whose structure is wrong (encoding, header, sheet, truncation): it is refused whole.</summary>
public sealed class StructureException(string message) : Exception(message);
