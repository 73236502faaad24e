using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ReportRevisionsSettings : CorrSettings
{
    [CommandOption("--period <YYYY-MM>")]
    [Description("The month whose published figures to compare with the warehouse now, e.g. 2026-10.")]
    public string? Period { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("Only publications in this language (kk, ru or en, any case); the labels are in it too. Default: any language, labels in the console's.")]
    public string? Lang { get; init => field = value?.Trim().ToLowerInvariant(); }

    [CommandOption("--department <CODE>")]
    [Description("The figures of one regional department's publications (its facilities on each month's last day), e.g. D-35. Default: the republic's.")]
    public string? Department { get; init => field = value?.Trim().ToUpperInvariant(); }

    [CommandOption("--json")]
    [Description("Write a JSON list of {indicator, label, period, scope, published, current, change, publication, files} instead of a table.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        MonthOption.Check(Period);
        return Lang is null or "kk" or "ru" or "en" ? ValidationResult.Success() : UsageException.Fails("usage.lang", Lang);
    }
}
