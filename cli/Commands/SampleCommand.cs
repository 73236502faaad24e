using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Sample;
using CorrAnalytics.Warehouse.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr sample</c>: generate a national sample of inbox files.</summary>
public sealed class SampleCommand(ProductClock clock, IAnsiConsole console)
    : Command<SampleSettings>
{
    public override int Execute(CommandContext context, SampleSettings settings, CancellationToken cancellationToken)
    {
        var to = settings.To is null ? clock.CurrentMonth.Previous : Parse(settings.To, "--to");
        var outDir = FolderGuard.SampleTarget(settings.Out);
        var options = new SampleOptions(outDir, Parse(settings.From, "--from"), to, settings.Scale, settings.Seed, settings.Defects);
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException("usage.option_value", "sample", e.Message);
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
            throw new UsageException("usage.option_value", option, e.Message);
        }
    }
}
