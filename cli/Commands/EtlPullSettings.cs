using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class EtlPullSettings : CorrSettings
{
    [CommandOption("--source <NAME>")]
    [Description("Only this source (Corr:Sources:<NAME>). Default: every configured source.")]
    public string? Source { get; init; }
}
