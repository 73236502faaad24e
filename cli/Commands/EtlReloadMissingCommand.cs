using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Archive;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary>
/// <c>corr etl reload-missing</c>: loads again from the archive every file received that no batch of the
/// warehouse names any more (its commits lost: a deleted .wal, a warehouse restored from an older copy).
/// </summary>
public sealed class EtlReloadMissingCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<CorrSettings>
{
    public override int Execute(CommandContext context, CorrSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr etl reload-missing", console);
        new WarehouseInitializer(session, clock).Initialize();
        var l = configuration.ConsoleLabels;
        var outcome = new MissingFileReloader(session, configuration.EtlOptions(settings.ResolveDataDir(configuration)), clock)
            .Reload(new Progress<string>(name => console.MarkupLineInterpolated($"{l.Format("console.reload.file", name)}")));
        if (outcome.Reloaded == 0 && outcome.Unnamed == 0)
        {
            console.MarkupLineInterpolated($"{l["console.reload.none"]}");
            return 0;
        }
        var files = outcome.Runs.SelectMany(r => r.Files).ToList();
        console.MarkupLineInterpolated($"{l.Format("console.reload.done", outcome.Reloaded, files.Count(f => f.Status == FileStatus.Loaded), files.Count(f => f.Status != FileStatus.Loaded))}");
        if (outcome.Unnamed > 0)
            console.MarkupLineInterpolated($"[yellow]{l.Format("console.reload.unnamed", outcome.Unnamed)}[/]");
        return files.All(f => f.Status is FileStatus.Loaded or FileStatus.Duplicate) ? 0 : 1;
    }
}
