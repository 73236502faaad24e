namespace CorrAnalytics.Reports.Model;

/// <summary>A number that carries its own kind, for a column whose rows hold different things (a summary of indicators).</summary>
public sealed record KindedValue(decimal Value, ValueKind Kind)
{
    /// <summary>A symbol printed after the value (PUBLICATION §4: "r" revised since its first publication); the workbook keeps the number.</summary>
    public string? Flag { get; init; }

    public static KindedValue? Of(decimal? value, ValueKind kind) => value is null ? null : new(value.Value, kind);

    /// <summary>A change as printed (one decimal, so never −0.0), in points for a percentage and in per cent for anything else.</summary>
    public static KindedValue? Change(decimal? change, ValueKind of) =>
        Of(NumberFormat.Shown(change), of == ValueKind.Percent ? ValueKind.PointChange : ValueKind.PercentChange);
}
