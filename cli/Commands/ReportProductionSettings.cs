using System.ComponentModel;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ReportProductionSettings : PeriodReportSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Folder to write to. Default: <data>/reports/production/YYYY-MM.")]
    public override string? Out { get; init; }
}
