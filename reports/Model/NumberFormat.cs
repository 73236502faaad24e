using System.Globalization;

namespace CorrAnalytics.Reports.Model;

/// <summary>Numbers as a reader in the report's culture writes them.</summary>
public static class NumberFormat
{
    /// <summary>The symbol of a figure that is not available (no data, or a 12-month rate with fewer months): PUBLICATION §4; "—" is kept for a true nil.</summary>
    public const string NotAvailable = "..";

    /// <summary>The symbol of a true zero of events (nil), never of "no change" (PUBLICATION §4).</summary>
    public const string Nil = "—";

    /// <summary>The symbol of a figure revised since the month's first publication (PUBLICATION §4).</summary>
    public const string Revised = "r";

    /// <summary>The symbol of a month whose figures are provisional: a source is still incomplete (PUBLICATION §5).</summary>
    public const string Provisional = "p";

    /// <summary>The symbol of a count withheld because it is small (Corr:Reports:SuppressBelow, PUBLICATION §8).</summary>
    public const string Suppressed = "x";

    /// <param name="points">The language's unit of percentage points, needed for a change of a percentage.</param>
    public static string Format(object? value, ValueKind kind, CultureInfo culture, string? points = null) => value switch
    {
        null => NotAvailable,
        string s => s,
        KindedValue { Flag: { } flag } k => Format(k.Value, k.Kind, culture, points) + "\u00A0" + flag,
        KindedValue k => Format(k.Value, k.Kind, culture, points),
        DateTime d => d.ToString("d", culture),
        _ => kind switch
        {
            ValueKind.Integer => ToDecimal(value).ToString("N0", culture),
            ValueKind.Events => ToDecimal(value) == 0 ? Nil : ToDecimal(value).ToString("N0", culture),
            ValueKind.Money or ValueKind.MoneyPerHead => (ToDecimal(value) / Unit(kind)).ToString("N1", culture),
            ValueKind.Decimal1 => ToDecimal(value).ToString("N1", culture),
            ValueKind.Percent => ToDecimal(value).ToString("N1", culture),
            ValueKind.PercentChange => Change(ToDecimal(value), ValueKind.Integer, culture, ""),
            ValueKind.PointChange => Change(ToDecimal(value), ValueKind.Percent, culture, points ?? throw new ArgumentNullException(nameof(points), "A change in points is printed with the language's unit.")),
            _ => Convert.ToString(value, culture) ?? "",
        },
    };

    /// <summary>
    /// A change: per cent for counts and money, percentage points for percentages, with its sign.
    /// The sign is that of the figure as printed: a change that rounds to zero is "0.0", never "−0.0".
    /// </summary>
    public static string Change(decimal? change, ValueKind kind, CultureInfo culture, string points)
    {
        if (Shown(change) is not { } shown) return NotAvailable;
        var sign = shown > 0 ? "+" : shown < 0 ? "−" : "";
        var magnitude = Math.Abs(shown).ToString("N1", culture);
        return kind == ValueKind.Percent ? $"{sign}{magnitude} {points}" : $"{sign}{magnitude} %";
    }

    /// <summary>A change as printed (one decimal): its sign and any trend arrow follow this, not the unrounded figure.</summary>
    public static decimal? Shown(decimal? change) => change is null ? null : Math.Round(change.Value, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// How many tenge one printed unit of money is (PUBLICATION §4): million tenge for amounts, thousand
    /// tenge per person or day, so that no figure has more than 9 digits; 1 for every other kind.
    /// </summary>
    public static decimal Unit(ValueKind kind) => kind switch
    {
        ValueKind.Money => 1_000_000m,
        ValueKind.MoneyPerHead => 1_000m,
        _ => 1m,
    };

    /// <summary>A value as printed, in its own unit (tenge for money): a revision is a change that shows.</summary>
    public static decimal Printed(decimal value, ValueKind kind) => kind switch
    {
        ValueKind.Integer or ValueKind.Events => Math.Round(value, 0, MidpointRounding.AwayFromZero),
        _ => Math.Round(value / Unit(kind), 1, MidpointRounding.AwayFromZero) * Unit(kind),
    };

    public static decimal ToDecimal(object value) => value switch
    {
        System.Numerics.BigInteger b => (decimal)b,
        double d => (decimal)d,
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };
}
