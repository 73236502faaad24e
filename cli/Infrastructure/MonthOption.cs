using System.Globalization;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>A --period that names one month: given, and written YYYY-MM; otherwise bad usage.</summary>
public static class MonthOption
{
    public static void Check(string? period)
    {
        // Spectre.Console fills an option given without a value with a placeholder of its own.
        if (period is null || period.StartsWith("__", StringComparison.Ordinal))
            throw new UsageException("usage.period_missing");
        if (!DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new UsageException("usage.period_format", period);
    }
}
