using System.ComponentModel;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ReportMonthlySettings : PeriodReportSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Folder to write to. Default: <data>/reports/monthly/YYYY-MM.")]
    public override string? Out { get; init; }
}
