using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Scheduler;
using CorrAnalytics.Warehouse.Access;
using Quartz;
using Quartz.Extensibility;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class ScheduleRunSettings : CorrSettings
{
    [CommandOption("--once <JOB>")]
    [Description("Run this job now through the scheduler (with its retries, its chained refresh and its run history), then stop. Jobs: ingest, refresh, monthly-report, production-report, budget-workbook.")]
    public string? Once { get; init; }

    public override ValidationResult Validate() =>
        Once is null || ScheduleCommands.JobNames.Contains(Once) ? ValidationResult.Success()
            : ValidationResult.Error($"--once '{Once}' is not a job; the jobs are {string.Join(", ", ScheduleCommands.JobNames)}.");
}

internal static class ScheduleCommands
{
    public static readonly string[] JobNames = ["ingest", "refresh", "monthly-report", "production-report", "budget-workbook"];

    /// <summary>Jobs, triggers and the next fire times in the schedule's time zone.</summary>
    public static Table Table(IScheduler scheduler, ScheduleOptions options, TimeZoneInfo zone, int next)
    {
        var registry = new ScheduleRegistry(options, scheduler.TimeProvider);
        var table = new Table().AddColumns("Job", "What it does", "When", $"Next runs ({zone.Id})");
        foreach (var job in registry.Jobs())
        {
            var times = "";
            if (job.Trigger is { } trigger)
            {
                var calendar = trigger.CalendarName is null ? null : scheduler.GetCalendar(trigger.CalendarName).AsTask().GetAwaiter().GetResult();
                var from = scheduler.TimeProvider.GetUtcNow();
                times = string.Join("\n", TriggerFireTimes.ComputeBetween(trigger, calendar!, from, from.AddYears(1)).Take(next)
                    .Select(t => TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd HH:mm ddd", CultureInfo.InvariantCulture)));
            }
            table.AddRow(Markup.Escape(job.Job.Key.Name), Markup.Escape(job.Job.Description ?? ""), Markup.Escape(job.When), times.Length > 0 ? times : "—");
        }
        return table;
    }
}

/// <summary><c>corr schedule run</c>: the Quartz scheduler, until stopped (Ctrl+C or SIGTERM; running jobs are waited for).</summary>
public sealed class ScheduleRunCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<ScheduleRunSettings>
{
    public override int Execute(CommandContext context, ScheduleRunSettings settings, CancellationToken cancellationToken) =>
        Run(settings).GetAwaiter().GetResult();

    private async Task<int> Run(ScheduleRunSettings settings)
    {
        var options = configuration.Schedule;
        var environment = SchedulerSetup.Environment(settings, configuration, clock);
        using var schedulerLock = OneSchedulerPerDataFolder(environment.Warehouse.DataDir);
        var days = CorrScheduler.Prepare(environment, new ScheduleRegistry(options, clock));
        var scheduler = await CorrScheduler.Build(options, environment, days, CancellationToken.None);
        var once = settings.Once is null ? null : new JobKey(settings.Once, ScheduleRegistry.Group);
        var listener = new ConsoleJobListener(console, environment.TimeZone, clock, once);
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

        console.Write(ScheduleCommands.Table(scheduler, options, environment.TimeZone, 1));
        await scheduler.Start();
        if (once is not null)
        {
            console.MarkupLineInterpolated($"Running {once.Name} once.");
            await scheduler.TriggerJob(once, null!);
            await Task.WhenAny(listener.OnceDone, stop.Task);
        }
        else
        {
            console.MarkupLineInterpolated($"Scheduler running on {environment.Warehouse.DataDir}; Ctrl+C stops it after the running job ends (twice: cancels it).");
            await stop.Task;
        }

        console.MarkupLine("Stopping: waiting for the running job to end…");
        await scheduler.Shutdown(waitForJobsToComplete: true);
        if (scheduler.ListenerManager.GetJobListener("corr job runs") is JobRunRecorder recorder && !recorder.Flush())
            console.MarkupLineInterpolated($"[yellow]{recorder.Unwritten} job run row(s) could not be written: the warehouse is busy.[/]");
        console.MarkupLine("Scheduler stopped.");
        return 0;
    }

    private async Task Interrupt(IScheduler scheduler)
    {
        console.MarkupLine("Cancelling the running job…");
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
            var who = e.Holder is { } h ? $"process {h.ProcessId}, since {h.Since:yyyy-MM-dd HH:mm:ss zzz}" : "another process";
            throw new UserFacingException($"A scheduler is already running on {dataDir} ({who}); one per data folder.");
        }
    }
}

public sealed class ScheduleListSettings : CorrSettings
{
    [CommandOption("--next <N>")]
    [Description("How many next fire times to show per job. Default: 3.")]
    public int Next { get; init; } = 3;

    public override ValidationResult Validate() =>
        Next is < 1 or > 100 ? ValidationResult.Error("--next must be between 1 and 100.") : ValidationResult.Success();
}

/// <summary><c>corr schedule list</c>: jobs, triggers and their next fire times in local time.</summary>
public sealed class ScheduleListCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<ScheduleListSettings>
{
    public override int Execute(CommandContext context, ScheduleListSettings settings, CancellationToken cancellationToken) =>
        List(settings).GetAwaiter().GetResult();

    private async Task<int> List(ScheduleListSettings settings)
    {
        var options = configuration.Schedule;
        var environment = SchedulerSetup.Environment(settings, configuration, clock);
        IReadOnlyDictionary<int, IReadOnlyCollection<DateOnly>> days;
        using (var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr schedule list"))
            days = CorrScheduler.ReportDays(session, new ScheduleRegistry(options, clock));
        var scheduler = await CorrScheduler.Build(options, environment, days, CancellationToken.None);
        try
        {
            console.Write(ScheduleCommands.Table(scheduler, options, environment.TimeZone, settings.Next));
            var retry = options.Retry;
            console.MarkupLineInterpolated(
                $"A failed run is retried {retry.Attempts} time(s), {retry.InitialDelaySeconds:0.#} s after the failure, then ×{retry.Factor:0.#} each time (at most {retry.MaxDelaySeconds:0.#} s). A missed run fires once as soon as the scheduler can.");
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: false);
        }
        return 0;
    }
}
