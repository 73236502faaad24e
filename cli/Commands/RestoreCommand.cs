using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Backup;
using CorrAnalytics.Warehouse.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary>
/// <c>corr restore BACKUP [--data DIR]</c>: checks every file of the backup against its hashes, then puts
/// its warehouse in place of the data folder's (which must be stopped) and the publication manifests the
/// folder lacks back into <c>reports/</c>; the publications made since, whose manifests stand there, are
/// recorded again under their numbers. A backup that fails its check restores nothing.
/// </summary>
public sealed class RestoreCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<RestoreSettings>
{
    public override int Execute(CommandContext context, RestoreSettings settings, CancellationToken cancellationToken)
    {
        var l = configuration.ConsoleLabels;
        var folder = File.Exists(Path.Combine(settings.Backup, BackupManifest.FileName)) ? settings.Backup
            : WarehouseBackup.List(settings.Backup).FirstOrDefault() ?? throw new UserFacingException("console.restore.none", settings.Backup);
        var data = settings.ResolveDataDir(configuration);
        BackupManifest manifest;
        try
        {
            manifest = WarehouseBackup.Restore(folder, data, clock);
        }
        catch (BackupCorruptException e)
        {
            throw new UserFacingException("console.restore.corrupt", e.Folder, string.Join("; ", e.Problems));
        }
        catch (WarehouseBusyException)
        {
            throw new UserFacingException("console.restore.busy", data);
        }
        console.MarkupLineInterpolated($"{l.Format("console.restore.done", folder, data, ReportTimeText(manifest.TakenAtUtc), manifest.LastBatch ?? 0)}");
        // The publications made after the backup stand in reports/ as manifests: recorded again, their numbers never given twice.
        using (var session = WarehouseSession.OpenWriter(settings.WarehouseOptions(configuration), "corr restore", clock))
        {
            new CorrAnalytics.Warehouse.WarehouseInitializer(session, clock).Initialize();
            if (Reports.Publications.PublicationReconciler.Reconcile(session, data) is var recovered and > 0)
                console.MarkupLineInterpolated($"{l.Format("console.restore.publications", recovered)}");
        }
        console.MarkupLineInterpolated($"{l["console.restore.next"]}");
        return 0;
    }

    private string ReportTimeText(DateTime utc) => Reports.Model.ReportTime.Stamp(utc, clock.Zone, configuration.ConsoleLabels.Language.Culture);
}
