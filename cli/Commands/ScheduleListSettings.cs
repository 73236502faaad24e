using System.ComponentModel;
using System.Runtime.InteropServices;
using CorrAnalytics.Cli.Infrastructure;
using Quartz;
using Quartz.Extensibility;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ScheduleListSettings : CorrSettings
{
    [CommandOption("--next <N>")]
    [Description("How many next fire times to show per job. Default: 3.")]
    public int Next { get; init; } = 3;

    public override ValidationResult Validate() =>
        Next is < 1 or > 100 ? UsageException.Fails("usage.next") : ValidationResult.Success();
}
