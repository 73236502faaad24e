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
        Batch is < 1 ? UsageException.Fails("usage.batch_number", Batch)
        : Limit < 1 ? UsageException.Fails("usage.limit", Limit)
        : base.Validate();
}
