using CorrAnalytics.Warehouse.Time;
using System.ComponentModel;
using System.Globalization;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Common;
using CorrAnalytics.Sample;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class SampleSettings : CorrSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Folder to write the inbox files into (created if missing). Default: the data folder's inbox/.")]
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

/// <summary><c>corr sample</c>: generate a national sample of inbox files.</summary>
public sealed class SampleCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console)
    : Command<SampleSettings>
{
    public override int Execute(CommandContext context, SampleSettings settings, CancellationToken cancellationToken)
    {
        var to = settings.To is null ? YearMonth.Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).Previous : Parse(settings.To, "--to");
        var outDir = Path.GetFullPath(settings.Out ?? Path.Combine(settings.ResolveDataDir(configuration), "inbox"));
        var options = new SampleOptions(outDir, Parse(settings.From, "--from"), to, settings.Scale, settings.Seed, settings.Defects);
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        var summary = ConsoleProgress.Run(console, "Generating sample", report => new SampleGenerator(options, report).Generate());

        console.MarkupLineInterpolated(
            $"Wrote {summary.Files:N0} files ({summary.CsvRows:N0} CSV rows, {summary.Workbooks:N0} П-1 workbooks) for {summary.Facilities} facilities, {options.From}..{options.To}, into [bold]{outDir}[/] in {summary.Elapsed.TotalSeconds:0.0} s.");
        if (summary.Defects > 0)
            console.MarkupLineInterpolated($"Planted {summary.Defects} defects; each is listed in {Path.Combine(outDir, SampleGenerator.DefectsManifest)}.");
        return 0;
    }

    private static YearMonth Parse(string text, string option)
    {
        try
        {
            return YearMonth.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"{option}: {e.Message}");
        }
    }
}
