using CorrAnalytics.Reports.Common;

namespace CorrAnalytics.Reports.Publications;

/// <summary>A publication rendered again: its files, and the names of those whose bytes differ from what was published (none: byte-identical).</summary>
public sealed record Reproduction(ReportOutput Output, IReadOnlyList<string> Differing)
{
    public bool Identical => Differing.Count == 0;
}
