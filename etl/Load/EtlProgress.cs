namespace CorrAnalytics.Etl.Load;

/// <summary>Progress of a run: the file just done, and how many of how many.</summary>
public sealed record EtlProgress(string FileName, int Done, int Total, long Rows = 0);
