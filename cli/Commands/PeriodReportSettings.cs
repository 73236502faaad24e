using System.ComponentModel;
using System.Globalization;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary>The options of a report of one month: the month, the language (any case), the formats and the folder.</summary>
public abstract class PeriodReportSettings : CorrSettings
{
    [CommandOption("--period <YYYY-MM>")]
    [Description("The month to report on, e.g. 2026-10.")]
    public string? Period { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("kk, ru or en (any case). Default: kk.")]
    public string Lang { get; init => field = value.Trim().ToLowerInvariant(); } = "kk";

    [CommandOption("--format <LIST>")]
    [Description("pdf, xlsx or both (pdf,xlsx). Default: pdf,xlsx.")]
    public string Format { get; init; } = "pdf,xlsx";

    public abstract string? Out { get; init; }

    public override ValidationResult Validate()
    {
        // Spectre.Console fills an option given without a value with a placeholder of its own.
        if (Period is null || Period.StartsWith("__", StringComparison.Ordinal))
            return UsageException.Fails("usage.period_missing");
        if (!DateOnly.TryParseExact(Period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return UsageException.Fails("usage.period_format", Period);
        if (Lang is not ("kk" or "ru" or "en"))
            return UsageException.Fails("usage.lang", Lang);
        if (Format.Split(',').Any(f => f.Trim().ToLowerInvariant() is not ("pdf" or "xlsx")))
            return UsageException.Fails("usage.format", Format);
        return ValidationResult.Success();
    }
}
