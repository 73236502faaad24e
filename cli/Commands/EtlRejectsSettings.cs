using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class EtlRejectsSettings : EtlFilterSettings
{
    [CommandOption("--batch <N>")]
    [Description("Only the rejects of this batch.")]
    public long? Batch { get; init; }

    [CommandOption("--all")]
    [Description("Also the rejects of files a later file replaced (history). Default: only current files.")]
    public bool All { get; init; }

    [CommandOption("--limit <N>")]
    [Description("At most this many rows. Default: 100.")]
    public int Limit { get; init; } = 100;

    public override ValidationResult Validate() =>
        Batch is < 1 ? ValidationResult.Error($"--batch {Batch} is not a batch number; 'corr etl batches' lists them, e.g. --batch 42.")
        : Limit < 1 ? ValidationResult.Error($"--limit {Limit} is not a number of rows: give 1 or more, e.g. --limit 500.")
        : base.Validate();
}
