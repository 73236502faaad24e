namespace CorrAnalytics.Reports.Model;

/// <summary>
/// A column: its header, the kind of its values, its relative width, the label key it was named
/// from, and whether its values add up to a total (quantities in different units do not).
/// </summary>
public sealed record ReportColumn(string Header, ValueKind Kind, double Relative = 1, string? Key = null, bool Additive = true);
