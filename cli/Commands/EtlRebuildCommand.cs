using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Archive;
using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary>
/// <c>corr etl rebuild --data NEW --from-archive OLD/archive</c>: a new warehouse in a new data folder from
/// an archive alone, every file replayed in the order it was received and every revert done again.
/// </summary>
public sealed class EtlRebuildCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<EtlRebuildSettings>
{
    public override int Execute(CommandContext context, EtlRebuildSettings settings, CancellationToken cancellationToken)
    {
        var l = configuration.ConsoleLabels;
        var data = Path.GetFullPath(settings.ResolveDataDir(configuration));
        var archive = Path.GetFullPath(settings.FromArchive!);
        if (File.Exists(Path.Combine(data, WarehouseOptions.DatabaseFileName)))
            throw new UsageException("usage.rebuild_not_new", data);
        if (archive.StartsWith(Path.Combine(data, "archive"), StringComparison.Ordinal))
            throw new UsageException("usage.rebuild_same_archive", archive);
        var options = settings.WarehouseOptions(configuration);
        using var session = WarehouseSession.OpenWriter(options, "corr etl rebuild", clock);
        new WarehouseInitializer(session, clock).Initialize();
        var outcome = new ArchiveRebuilder(session, configuration.EtlOptions(data), clock)
            .Rebuild(archive, new Progress<string>(done => console.MarkupLineInterpolated($"{l.Format("console.rebuild.progress", done)}")));
        var loaded = outcome.Loads.Count(f => f.Status == Etl.Load.FileStatus.Loaded);
        console.MarkupLineInterpolated($"{l.Format("console.rebuild.done", data, outcome.Files, loaded, outcome.Files - loaded, outcome.Reverts)}");
        if (outcome.Unrecorded > 0)
            console.MarkupLineInterpolated($"[yellow]{l.Format("console.rebuild.unrecorded", outcome.Unrecorded)}[/]");
        return 0;
    }
}
