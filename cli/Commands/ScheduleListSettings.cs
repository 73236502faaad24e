using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using CorrAnalytics.Cli.Infrastructure;
using Quartz;
using Quartz.Extensibility;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ScheduleListSettings : CorrSettings
{
    [CommandOption("--next <N>")]
    [Description("How many next fire times to show per job. Default: 3.")]
    public int Next { get; init; } = 3;

    [CommandOption("--from <DATE>")]
    [Description("Show the firings after this local date or time (YYYY-MM-DD or \"YYYY-MM-DD HH:MM\", in Corr:TimeZone) instead of after now, to rehearse the calendar. Default: now.")]
    public string? From { get; init; }

    private static readonly string[] FromFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm"];

    /// <summary>--from as an instant: the local wall-clock time of the product's zone.</summary>
    public DateTimeOffset? FromInstant(CorrAnalytics.Warehouse.Time.ProductClock clock) =>
        From is null ? null : clock.FromLocal(DateTime.ParseExact(From.Trim(), FromFormats, CultureInfo.InvariantCulture, DateTimeStyles.None));

    public override ValidationResult Validate()
    {
        if (Next is < 1 or > 100)
            return UsageException.Fails("usage.next");
        if (From is not null && !DateTime.TryParseExact(From.Trim(), FromFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return UsageException.Fails("usage.from", From);
        return ValidationResult.Success();
    }
}
