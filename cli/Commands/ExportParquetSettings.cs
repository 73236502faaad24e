using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ExportParquetSettings : CorrSettings
{
    [CommandOption("--out <DIR>")]
    [Description("The export folder (created if missing). Exporting again into the same folder rewrites only what changed.")]
    public string? Out { get; init; }

    [CommandOption("--history")]
    [Description("Also the history tables: the rows re-submissions and reverts superseded, under history/.")]
    public bool History { get; init; }

    public override ValidationResult Validate() =>
        Out is null || Out.StartsWith("__", StringComparison.Ordinal) ? UsageException.Fails("usage.export_out") : ValidationResult.Success();
}
