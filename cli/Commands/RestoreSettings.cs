using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class RestoreSettings : CorrSettings
{
    [CommandArgument(0, "<BACKUP>")]
    [Description("A backup folder (corr-backup-…), or the --out folder of corr backup: then its newest backup.")]
    public string Backup { get; init; } = "";
}
