using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Publications;

/// <summary>A headline figure of a report: its indicator key, its kind and its value (null: none printed).</summary>
public sealed record PublishedFigure(string Indicator, ValueKind Kind, decimal? Value)
{
    /// <summary>The value as the report prints it (whole counts, money to a tenth of its printed unit, one decimal otherwise).</summary>
    public decimal? Printed => Value is { } v ? NumberFormat.Printed(v, Kind) : null;
}
