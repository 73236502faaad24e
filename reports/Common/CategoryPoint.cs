namespace CorrAnalytics.Reports.Common;

/// <summary>Output value of a product category in a month, for the category chart.</summary>
public sealed record CategoryPoint(string Category, decimal Output);
