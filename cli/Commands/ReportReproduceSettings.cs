using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ReportReproduceSettings : CorrSettings
{
    [CommandOption("--publication <ID>")]
    [Description("The publication to render again (its id: the report command, the manifest and 'corr status' name it).")]
    public long? Publication { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Folder to write to. Default: <data>/reports/reproduced/<ID>.")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        Publication is null or < 1 ? UsageException.Fails("usage.publication") : ValidationResult.Success();
}
