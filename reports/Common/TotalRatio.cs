namespace CorrAnalytics.Reports.Common;

/// <summary>
/// A share in a totals row recomputed from its summed parts (columns named by their label keys):
/// numerator / denominator × 100, or 100 minus that for a complement such as the vacancy rate.
/// </summary>
public sealed record TotalRatio(string Column, string Numerator, string Denominator, bool Complement = false);
