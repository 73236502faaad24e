using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class EtlRetrySettings : CorrSettings
{
    [CommandArgument(0, "[NAME]")]
    [Description("The quarantined file to put back, by the name it came with (see 'corr etl quarantine').")]
    public string? Name { get; init; }

    [CommandOption("--all")]
    [Description("Put back every quarantined file.")]
    public bool All { get; init; }

    public override ValidationResult Validate() =>
        (Name is not null) == All ? UsageException.Fails("usage.retry_what") : ValidationResult.Success();
}
