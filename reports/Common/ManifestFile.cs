namespace CorrAnalytics.Reports.Common;

/// <summary>A file a manifest lists: its name, SHA-256 and size.</summary>
public sealed record ManifestFile(string Name, string Sha256, long Bytes);
