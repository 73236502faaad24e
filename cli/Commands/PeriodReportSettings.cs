using System.ComponentModel;
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

    [CommandOption("--department <CODE>")]
    [Description("The report of one regional department (its facilities, the republic's figures beside), e.g. D-35.")]
    public string? Department { get; init => field = value?.Trim().ToUpperInvariant(); }

    [CommandOption("--all-departments")]
    [Description("The republic's report and one for each department that runs a facility at the period's end.")]
    public bool AllDepartments { get; init; }

    [CommandOption("--as-of <ID|TIME>")]
    [Description("Render from the warehouse as it was at publication ID, or at a local time (YYYY-MM-DD HH:MM, the configured zone).")]
    public string? AsOf { get; init; }

    public override ValidationResult Validate()
    {
        MonthOption.Check(Period);
        if (Lang is not ("kk" or "ru" or "en"))
            return UsageException.Fails("usage.lang", Lang);
        if (Format.Split(',').Any(f => f.Trim().ToLowerInvariant() is not ("pdf" or "xlsx")))
            return UsageException.Fails("usage.format", Format);
        if (Department is not null && AllDepartments)
            return UsageException.Fails("usage.department_and_all");
        if (AsOf is not null && !Reports.Publications.AsOf.IsValid(AsOf))
            return UsageException.Fails("usage.as_of", AsOf);
        return ValidationResult.Success();
    }
}
