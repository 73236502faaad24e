using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class EtlRevertSettings : CorrSettings
{
    [CommandOption("--batch <N>")]
    [Description("The loaded batch to take out (see 'corr etl batches').")]
    public long? Batch { get; init; }

    [CommandOption("--file <NAME>")]
    [Description("Or the file whose latest batch to take out, by its name.")]
    public string? File { get; init; }

    public override ValidationResult Validate() =>
        (Batch is null) == (File is null) ? UsageException.Fails("usage.revert_what")
        : Batch is < 1 ? UsageException.Fails("usage.batch_number", Batch)
        : ValidationResult.Success();
}
