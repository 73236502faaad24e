using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class EtlRebuildSettings : CorrSettings
{
    [CommandOption("--from-archive <DIR>")]
    [Description("The archive folder of the lost data folder (OLD/archive): every file it received, with its sidecar.")]
    public string? FromArchive { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(FromArchive))
            return UsageException.Fails("usage.rebuild_archive_missing");
        if (!Directory.Exists(FromArchive))
            return UsageException.Fails("usage.rebuild_archive_absent", FromArchive);
        return base.Validate();
    }
}
