namespace CorrAnalytics.Reports.Model;

/// <summary>A headline indicator with its value a month and a year earlier.</summary>
public sealed record Indicator(string Key, string Label, ValueKind Kind, decimal? Value, decimal? PreviousMonth, decimal? PreviousYear, bool? HigherIsBetter)
{
    /// <summary>The same indicator for the republic, beside a department's (null in the national report).</summary>
    public decimal? National { get; init; }

    public decimal? ChangeMoM => Change(PreviousMonth);

    public decimal? ChangeYoY => Change(PreviousYear);

    /// <summary>Percentages change in points; counts and money change in per cent.</summary>
    private decimal? Change(decimal? before) =>
        Value is null || before is null ? null
        : Kind == ValueKind.Percent ? Value - before
        : before == 0 ? null : (Value - before) / before * 100;
}
