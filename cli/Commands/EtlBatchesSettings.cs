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
}
