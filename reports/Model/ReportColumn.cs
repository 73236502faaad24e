namespace CorrAnalytics.Reports.Model;

/// <summary>A column: its header, the kind of its values, its relative width, and the label key it was named from.</summary>
public sealed record ReportColumn(string Header, ValueKind Kind, double Relative = 1, string? Key = null);
