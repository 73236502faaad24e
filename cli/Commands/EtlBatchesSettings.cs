using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class EtlBatchesSettings : CorrSettings
{
    [CommandOption("--last <N>")]
    [Description("How many of the latest batches to show. Default: 30.")]
    public int Last { get; init; } = 30;

    public override ValidationResult Validate() =>
        Last is < 1 or > 100_000 ? ValidationResult.Error($"--last {Last} is not a number of batches: give 1 or more, e.g. --last 50.") : ValidationResult.Success();
}
