using CorrAnalytics.Etl.Load;

namespace CorrAnalytics.Etl.Pull;

/// <summary>What a pull of one source did: the rows that changed since its watermark, the slices read again whole, the load of their files, and the watermarks.</summary>
public sealed record PullResult(string Source, int ChangedRows, IReadOnlyList<string> Slices, EtlRunResult? Load, string? WatermarkFrom, string? WatermarkTo)
{
    public int Loaded => Load?.Loaded ?? 0;
}
