using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class EtlRunSettings : CorrSettings
{
    [CommandOption("--inbox <DIR>")]
    [Description("Inbox to read. Default: the data folder's inbox/.")]
    public string? Inbox { get; init; }

    [CommandOption("--no-wait")]
    [Description("Leave files not yet unchanged for Corr:Inbox:SettleSeconds for the next run instead of waiting for them (as the scheduler does)")]
    public bool NoWait { get; init; }
}
