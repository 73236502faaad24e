using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class BackupSettings : CorrSettings
{
    [CommandOption("--out <DIR>")]
    [Description("The folder backups go into (created if missing), each in a folder of its own named by its time: corr-backup-20261203T020000Z.")]
    public string? Out { get; init; }

    [CommandOption("--keep <N>")]
    [Description("Keep only the newest N backups in --out (older ones are deleted after this one is complete). Default: keep all.")]
    public int? Keep { get; init; }

    public override ValidationResult Validate() =>
        Out is null || Out.StartsWith("__", StringComparison.Ordinal) ? UsageException.Fails("usage.backup_out")
        : Keep is < 1 ? UsageException.Fails("usage.backup_keep")
        : ValidationResult.Success();
}
