using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class LayoutShowcaseSettings : CorrAnalytics.Cli.Infrastructure.CorrSettings
{
    [CommandOption("--out <FILE>")]
    [Description("PDF to write. Default: layout-showcase.pdf.")]
    public string Out { get; init; } = "layout-showcase.pdf";
}
