namespace CorrAnalytics.Etl.Load;

/// <summary>A file whose batch is written in the open transaction: loaded, or refused whole over the reject threshold; what its load did besides, if anything to say.</summary>
internal sealed record LoadedFile(ReadyFile Ready, long BatchId, LoadCounts Counts, bool Refused, string? Note = null);
