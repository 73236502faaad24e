namespace CorrAnalytics.Reports.Common;

/// <summary>What writing a report produced: its files, its manifest and the PDF's page count.</summary>
public sealed record ReportOutput(IReadOnlyList<string> Files, string Manifest, int Pages);
