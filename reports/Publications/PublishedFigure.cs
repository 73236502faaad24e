using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Publications;

/// <summary>A headline figure of a report: its indicator key, its kind and its value (null: none printed).</summary>
public sealed record PublishedFigure(string Indicator, ValueKind Kind, decimal? Value)
{
    /// <summary>The value as the report prints it: whole counts and money, one decimal otherwise.</summary>
    public decimal? Printed => Value is { } v ? Math.Round(v, Kind is ValueKind.Integer or ValueKind.Money ? 0 : 1, MidpointRounding.AwayFromZero) : null;
}
