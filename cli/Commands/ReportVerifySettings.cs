using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ReportVerifySettings : CorrSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("A report file (PDF or XLSX) as it was sent: its publication is found by its SHA-256.")]
    public string File { get; init; } = "";

    public override ValidationResult Validate() =>
        System.IO.File.Exists(File) ? ValidationResult.Success() : UsageException.Fails("usage.no_file", File);
}
