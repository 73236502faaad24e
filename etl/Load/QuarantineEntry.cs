namespace CorrAnalytics.Etl.Load;

/// <summary>What the quarantine says of a refused file beside it: its name as received, its kind and slice when known, its batch.</summary>
public sealed record QuarantineEntry(string FileName, string? Kind, string? Slice, long? Batch);
