using System.ComponentModel;
using System.Runtime.InteropServices;
using CorrAnalytics.Cli.Infrastructure;
using Quartz;
using Quartz.Extensibility;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ScheduleRunSettings : CorrSettings
{
    [CommandOption("--once <JOB>")]
    [Description("Run this job now through the scheduler (with its retries, its chained refresh and its run history), then stop. Jobs: ingest, refresh, monthly-report, production-report, budget-workbook.")]
    public string? Once { get; init; }

    public override ValidationResult Validate() =>
        Once is null || ScheduleCommands.JobNames.Contains(Once) ? ValidationResult.Success()
            : UsageException.Fails("usage.once", Once, string.Join(", ", ScheduleCommands.JobNames));
}
