using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Etl.Pull;
using CorrAnalytics.Warehouse;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr etl pull</c>: the rows each configured source database changed since its last pull, loaded as files would be.</summary>
public sealed class EtlPullCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console, ErrorOutput error) : Command<EtlPullSettings>
{
    public override int Execute(CommandContext context, EtlPullSettings settings, CancellationToken cancellationToken)
    {
        var l = configuration.ConsoleLabels;
        var sources = configuration.Sources;
        if (sources.Count == 0)
            throw new UserFacingException("console.pull.none_configured");
        if (settings.Source is { } named && !sources.ContainsKey(named))
            throw new UserFacingException("console.pull.no_such_source", named, string.Join(", ", sources.Keys));
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr etl pull", console);
        new WarehouseInitializer(session, clock).Initialize();
        var options = configuration.EtlOptions(settings.ResolveDataDir(configuration));
        var failed = false;
        foreach (var (name, source) in sources.Where(s => settings.Source is null || string.Equals(s.Key, settings.Source, StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                var result = ConsoleProgress.Spin(console, Markup.Escape(l.Format("console.pull.pulling", name, source.Kind)),
                    () => new SourcePuller(session, options, clock).Pull(name, source, cancellationToken));
                if (result.ChangedRows == 0)
                {
                    console.MarkupLineInterpolated($"{l.Format("console.pull.unchanged", name, result.WatermarkTo ?? "-infinity")}");
                    continue;
                }
                var files = result.Load!.Files;
                console.MarkupLineInterpolated($"{l.Format("console.pull.pulled", name, result.ChangedRows, result.WatermarkFrom ?? "-infinity", result.WatermarkTo!,
                    string.Join(", ", result.Slices), result.Load.Count(FileStatus.Loaded), result.Load.Count(FileStatus.Duplicate),
                    result.Load.Count(FileStatus.Quarantined), files.Sum(f => f.Rejected))}");
                foreach (var file in files.Where(f => f.Status is FileStatus.Quarantined or FileStatus.Failed))
                    error.Line(l.Format("console.pull.refused", name, file.FileName, file.Message ?? ""));
                failed |= files.Any(f => f.Status is FileStatus.Quarantined or FileStatus.Failed);
            }
            catch (Exception e) when (e is PullInterruptedException or PullConfigurationException)
            {
                // One source down or misconfigured does not stop the others.
                error.Line(e.Message);
                failed = true;
            }
        }
        return failed ? 1 : 0;
    }
}
