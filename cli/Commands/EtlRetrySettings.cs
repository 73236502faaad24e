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

    [CommandOption("--as <NEWNAME>")]
    [Description("Put the one file back under this name instead (a name the inbox takes, e.g. population_202406.csv), for a file refused for its name.")]
    public string? As { get; init; }

    public override ValidationResult Validate()
    {
        if ((Name is not null) == All)
            return UsageException.Fails("usage.retry_what");
        if (As is null)
            return ValidationResult.Success();
        if (All)
            return UsageException.Fails("usage.retry_as_all");
        if (As != Path.GetFileName(As) || As is "." or "..")
            return UsageException.Fails("usage.retry_as_name", As, "a name, not a path");
        return Etl.Inbox.InboxFile.Classify(As).Problem is { } problem ? UsageException.Fails("usage.retry_as_name", As, problem) : ValidationResult.Success();
    }
}
