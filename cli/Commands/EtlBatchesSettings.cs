using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class EtlBatchesSettings : EtlFilterSettings
{
    [CommandOption("--last <N>")]
    [Description("How many of the latest batches to show. Default: 30.")]
    public int Last { get; init; } = 30;

    [CommandOption("--status <STATUS>")]
    [Description("Only batches with this status: loaded, replaced, duplicate, quarantined, failed, running.")]
    public string? Status { get; init; }

    public override ValidationResult Validate() =>
        Last is < 1 or > 100_000 ? UsageException.Fails("usage.last", Last)
        : Status is not (null or "loaded" or "replaced" or "duplicate" or "quarantined" or "failed" or "running")
            ? UsageException.Fails("usage.status", Status)
        : base.Validate();
}
