namespace CorrAnalytics.Etl.Load;

/// <summary>One file of a run: its kind and slice, what became of it, its batch and row counts, and why.</summary>
public sealed record FileOutcome(
    string FileName, string Kind, string? Slice, FileStatus Status, long? BatchId, long Read, long Loaded, long Rejected, string? Message);
