using CorrAnalytics.Warehouse.Backup;
using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>
/// The scheduled backup (Corr:Schedule:Backup, off by default): corr backup into
/// Corr:Schedule:BackupFolder (default &lt;data&gt;/backups), keeping the newest Corr:Schedule:BackupKeep.
/// It holds the writer lock while it copies, so a load waits for it and it waits for a load.
/// </summary>
[DisallowConcurrentExecution]
public sealed class BackupJob(JobEnvironment environment, ScheduleOptions options) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        JobSummary.Run(context, () =>
        {
            using var session = environment.OpenWarehouse("backup");
            var dataDir = environment.Warehouse.DataDir;
            var folder = options.BackupFolder ?? Path.Combine(dataDir, "backups");
            var (taken, manifest, removed) = WarehouseBackup.Create(session, dataDir, folder, environment.Clock, options.BackupKeep);
            context.Result = new JobSummary($"backup {taken}: {manifest.Files.Count} file(s) up to batch {manifest.LastBatch ?? 0}" +
                (removed.Count == 0 ? "" : $"; {removed.Count} older removed"));
        });
}
