using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class SampleSettings : CorrSettings
{
    [CommandOption("--out <DIR>")]
    [Description("A new or empty folder to write the inbox files into (created if missing). Required: sample never writes into a data folder.")]
    public string? Out { get; init; }

    [CommandOption("--from <YYYY-MM>")]
    [Description("First month. Default: 2019-01.")]
    public string From { get; init; } = "2019-01";

    [CommandOption("--to <YYYY-MM>")]
    [Description("Last month. Default: the last complete month.")]
    public string? To { get; init; }

    [CommandOption("--scale <N>")]
    [Description("Multiplies the facilities, and so every row count, by N. Default: 1 (78 facilities).")]
    public int Scale { get; init; } = 1;

    [CommandOption("--seed <N>")]
    [Description("Random seed: the same arguments give the same files. Default: 1.")]
    public int Seed { get; init; } = 1;

    [CommandOption("--defects <RATE>")]
    [Description("Share of rows to spoil on purpose (e.g. 0.001), plus one defective file of each kind; listed in defects.json. Default: 0.")]
    public double Defects { get; init; }
}
