using System.ComponentModel;
using System.Text.RegularExpressions;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Inbox;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary>The filters of the batch log and the rejects: by kind, period and file name.</summary>
public abstract class EtlFilterSettings : CorrSettings
{
    public static readonly IReadOnlyList<string> Kinds = Enum.GetValues<FileKind>().Select(k => k.Code()).Append("unknown").ToList();

    [CommandOption("--kind <KIND>")]
    [Description("Only files of this kind: facilities, products, population, movements, incidents, staffing, budget_plan, budget_exec, production, unknown.")]
    public string? Kind { get; init; }

    [CommandOption("--period <PERIOD>")]
    [Description("Only files of this month (YYYY-MM, a form of that month included) or year (YYYY).")]
    public string? Period { get; init; }

    [CommandOption("--file <TEXT>")]
    [Description("Only files whose name contains this text (any case).")]
    public string? File { get; init; }

    public override ValidationResult Validate() =>
        Kind is not null && !Kinds.Contains(Kind) ? UsageException.Fails("usage.kind", Kind, string.Join(", ", Kinds))
        : Period is not null && !Regex.IsMatch(Period, "^[0-9]{4}(-(0[1-9]|1[0-2]))?$") ? UsageException.Fails("usage.month_or_year", Period)
        : ValidationResult.Success();
}
