using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class BenchSettings : CorrSettings
{
    [CommandOption("--scale <N>")]
    [Description("Sample scale (1 = the national system of 78 facilities). Default: 1.")]
    public int Scale { get; init; } = 1;

    [CommandOption("--quick")]
    [Description("A small smoke run: six months at scale 1, well under a minute.")]
    public bool Quick { get; init; }

    [CommandOption("--results <DIR>")]
    [Description("Where to write the Markdown and JSON figures. Default: bench/results.")]
    public string Results { get; init; } = Path.Combine("bench", "results");
}
