using CorrAnalytics.Warehouse.Time;
using System.Runtime.InteropServices;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Scheduler;
using CorrAnalytics.Warehouse.Access;
using Quartz;
using Quartz.Extensibility;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr schedule run</c>: the Quartz scheduler, until stopped (Ctrl+C or SIGTERM; running jobs are waited for).</summary>
public sealed class ScheduleRunCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<ScheduleRunSettings>
{
    public override int Execute(CommandContext context, ScheduleRunSettings settings, CancellationToken cancellationToken) =>
        Run(settings).GetAwaiter().GetResult();

    private async Task<int> Run(ScheduleRunSettings settings)
    {
        var options = configuration.Schedule;
        var environment = SchedulerSetup.Environment(settings, configuration, clock);
        if (!File.Exists(environment.Warehouse.DatabasePath))
            throw new WarehouseMissingException(environment.Warehouse.DatabasePath);
        // In a cluster the nodes share the data folder, and the store's row locks keep them apart.
        using var schedulerLock = options.Clustered ? null : OneSchedulerPerDataFolder(environment.Warehouse.DataDir);
        var days = CorrScheduler.Prepare(environment, new ScheduleRegistry(options, clock));
        var scheduler = await CorrScheduler.Build(options, environment, days, CancellationToken.None);
        var once = settings.Once is null ? null : new JobKey(settings.Once, ScheduleRegistry.Group);
        var l = configuration.ConsoleLabels;
        var listener = new ConsoleJobListener(console, clock, once, l);
        scheduler.ListenerManager.AddJobListener(listener, []);

        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stops = 0;
        void OnSignal(PosixSignalContext signal)
        {
            signal.Cancel = true;
            if (Interlocked.Increment(ref stops) == 1)
                stop.TrySetResult();
            else
                Interrupt(scheduler).GetAwaiter().GetResult();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

        // A warehouse older than its archive (a deleted .wal, an older copy restored) is said at start: its jobs would not notice.
        using (var session = environment.OpenWarehouse("start"))
            if (new CorrAnalytics.Etl.Archive.ArchiveCatalogue(environment.Warehouse.DataDir).Unreferenced(session) is { Count: > 0 } lost)
                console.MarkupLineInterpolated($"[red]{l.Format("console.archive.unreferenced", lost.Count)}[/]");
        console.Write(ScheduleCommands.Table(scheduler, options, environment, clock.UtcNow, 1, l));
        await scheduler.Start();
        if (once is not null)
        {
            console.MarkupLineInterpolated($"{l.Format("console.schedule.once", once.Name, clock.Zone.Id)}");
            await scheduler.TriggerJob(once, null!);
            await Task.WhenAny(listener.OnceDone, stop.Task);
        }
        else
        {
            console.MarkupLineInterpolated($"{l.Format("console.schedule.running", environment.Warehouse.DataDir, clock.Zone.Id)}");
            if (environment.Node is { } node)
                console.MarkupLineInterpolated($"{l.Format("console.schedule.clustered", node, options.ClusterCheckinSeconds)}");
            await stop.Task;
        }

        console.MarkupLineInterpolated($"{l["console.schedule.stopping"]}");
        await scheduler.Shutdown(waitForJobsToComplete: true);
        if (scheduler.ListenerManager.GetJobListener("corr job runs") is JobRunRecorder recorder && !recorder.Flush())
            console.MarkupLineInterpolated($"[yellow]{l.Format("console.schedule.unwritten", recorder.Unwritten)}[/]");
        console.MarkupLineInterpolated($"{l["console.schedule.stopped"]}");
        if (listener.OnceFailed)
            throw new UserFacingException("console.schedule.once_failed", once!.Name);
        return 0;
    }

    private async Task Interrupt(IScheduler scheduler)
    {
        console.MarkupLineInterpolated($"{configuration.ConsoleLabels["console.schedule.cancelling"]}");
        foreach (var name in ScheduleCommands.JobNames)
            await scheduler.Interrupt(new JobKey(name, ScheduleRegistry.Group));
    }

    private WriterLock OneSchedulerPerDataFolder(string dataDir)
    {
        try
        {
            return WriterLock.Acquire(Path.Combine(dataDir, "scheduler"), "corr schedule run", TimeSpan.Zero, clock);
        }
        catch (WarehouseBusyException e)
        {
            throw new UserFacingException("console.schedule.already", dataDir, ConsoleText.Holder(configuration.ConsoleLabels, e.Holder));
        }
    }
}
