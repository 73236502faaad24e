namespace CorrAnalytics.Etl.Load;

/// <summary>The file a batch is about.</summary>
public sealed record BatchFile(string FileName, string Sha256, string Kind, string? Slice, string? ArchivePath, DateTime StartedAt);
