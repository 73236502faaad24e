using System.ComponentModel;
using System.Globalization;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ReportMonthlySettings : CorrSettings
{
    [CommandOption("--period <YYYY-MM>")]
    [Description("The month to report on.")]
    public string? Period { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("kk, ru or en. Default: kk.")]
    public string Lang { get; init; } = "kk";

    [CommandOption("--format <LIST>")]
    [Description("pdf, xlsx or both (pdf,xlsx). Default: pdf,xlsx.")]
    public string Format { get; init; } = "pdf,xlsx";

    [CommandOption("--out <DIR>")]
    [Description("Folder to write to. Default: <data>/reports/monthly/YYYY-MM.")]
    public string? Out { get; init; }

    public override ValidationResult Validate()
    {
        if (Period is null || !DateOnly.TryParseExact(Period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return ValidationResult.Error($"--period '{Period}' is not a month: write it as YYYY-MM, e.g. --period 2026-10.");
        if (Lang is not ("kk" or "ru" or "en"))
            return ValidationResult.Error($"--lang '{Lang}' is not kk, ru or en.");
        if (Format.Split(',').Any(f => f.Trim() is not ("pdf" or "xlsx")))
            return ValidationResult.Error($"--format '{Format}': use pdf, xlsx or pdf,xlsx.");
        return ValidationResult.Success();
    }
}
