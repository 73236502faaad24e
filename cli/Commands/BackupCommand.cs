using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Warehouse.Backup;
using CorrAnalytics.Warehouse.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr backup --out DIR [--keep N]</c>: a consistent, checked copy of the warehouse and the publication manifests, safe while the scheduler runs.</summary>
public sealed class BackupCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<BackupSettings>
{
    public override int Execute(CommandContext context, BackupSettings settings, CancellationToken cancellationToken)
    {
        // The writer lock: a load or a job in progress is waited for (--wait), and none starts until the copy is done.
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr backup", console);
        if (session.IsReadOnly)
            throw new UserFacingException("console.backup.read_only");
        var l = configuration.ConsoleLabels;
        var (folder, manifest, removed) = ConsoleProgress.Spin(console, Markup.Escape(l.Format("console.backup.taking", settings.Out!)),
            () => WarehouseBackup.Create(session, settings.ResolveDataDir(configuration), settings.Out!, clock, settings.Keep));
        console.MarkupLineInterpolated($"{l.Format("console.backup.done", folder, manifest.Files.Count, manifest.Files.Sum(f => f.Size) / 1024.0 / 1024.0, manifest.LastBatch ?? 0)}");
        foreach (var old in removed)
            console.MarkupLineInterpolated($"{l.Format("console.backup.removed", old)}");
        return 0;
    }
}
