namespace CorrAnalytics.Reports.Common;

/// <summary>
/// A share in a totals row recomputed from its summed parts (columns named by their label keys, or
/// parts the table does not show, summed apart and named in <see cref="Model.ReportTable.TotalsRow"/>):
/// numerator / denominator × scale (100 for a per cent, 100,000 for a rate), or 100 minus that for a
/// complement such as the vacancy rate.
/// </summary>
public sealed record TotalRatio(string Column, string Numerator, string Denominator, bool Complement = false, decimal Scale = 100);
