using System.Globalization;

namespace CorrAnalytics.Reports.Model;

/// <summary>Numbers as a reader in the report's culture writes them.</summary>
public static class NumberFormat
{
    public static string Format(object? value, ValueKind kind, CultureInfo culture) => value switch
    {
        null => "—",
        string s => s,
        DateTime d => d.ToString("d", culture),
        _ => kind switch
        {
            ValueKind.Integer => ToDecimal(value).ToString("N0", culture),
            ValueKind.Money => ToDecimal(value).ToString("N0", culture),
            ValueKind.Decimal1 => ToDecimal(value).ToString("N1", culture),
            ValueKind.Percent => ToDecimal(value).ToString("N1", culture),
            _ => Convert.ToString(value, culture) ?? "",
        },
    };

    /// <summary>A change: per cent for counts and money, percentage points for percentages, with its sign.</summary>
    public static string Change(decimal? change, ValueKind kind, CultureInfo culture, string points)
    {
        if (change is null) return "—";
        var sign = change > 0 ? "+" : change < 0 ? "−" : "±";
        var magnitude = Math.Abs(change.Value).ToString("N1", culture);
        return kind == ValueKind.Percent ? $"{sign}{magnitude} {points}" : $"{sign}{magnitude} %";
    }

    public static decimal ToDecimal(object value) => value switch
    {
        System.Numerics.BigInteger b => (decimal)b,
        double d => (decimal)d,
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };
}
