namespace CorrAnalytics.Reports.Layout.Pdf;

/// <summary>The text could not be set: a font is missing, or lacks a character.</summary>
public sealed class FontException(string message) : Exception(message);
