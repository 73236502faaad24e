namespace CorrAnalytics.Reports.Common;

/// <summary>A report cannot be made for the period asked.</summary>
public sealed class ReportDataException(string message) : Exception(message);
