using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>
/// The Quartz scheduler of <c>corr schedule run</c>: one job at a time (the warehouse has one
/// writer), in-memory store, the registry's jobs and calendars, run history and chaining by listeners.
/// </summary>
public static class CorrScheduler
{
    /// <summary>
    /// Prepares the warehouse (created or migrated; runs a killed scheduler left open marked
    /// 'interrupted') and reads the report days the working-day triggers need.
    /// </summary>
    public static IReadOnlyDictionary<int, IReadOnlyCollection<DateOnly>> Prepare(JobEnvironment environment, ScheduleRegistry registry)
    {
        using var session = environment.OpenWarehouse("start");
        new WarehouseInitializer(session, environment.Clock).Initialize();
        JobRunRecorder.CloseInterrupted(session, environment.Clock, environment.Node);
        return ReportDays(session, registry);
    }

    /// <summary>For each working day the registry's triggers name (5 for "the 5th"), its date in every month of the calendar.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyCollection<DateOnly>> ReportDays(WarehouseSession session, ScheduleRegistry registry) =>
        registry.WorkingDays.ToDictionary(n => n, n => ReportDays(session, n));

    public static IReadOnlyCollection<DateOnly> ReportDays(WarehouseSession session, int workingDay) =>
        session.Query(SqlResources.Sql("jobs/report_days"), r => DateOnly.FromDateTime(r.GetDateTime(0)), workingDay);

    /// <summary>
    /// <c>corr schedule init-store</c>: creates what Quartz's clustered job store is missing in PostgreSQL
    /// (its own published schema; nothing existing is altered), by starting a scheduler on it once.
    /// </summary>
    public static async Task InitStore(ScheduleOptions options, CancellationToken cancellationToken)
    {
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            SchedulerStore.Configure(q, options, provisionSchema: true);
            q.UseDefaultThreadPool(1);
        }).BuildScheduler(cancellationToken);
        await scheduler.Start(cancellationToken);
        await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
    }

    public static async Task<IScheduler> Build(
        ScheduleOptions options, JobEnvironment environment, IReadOnlyDictionary<int, IReadOnlyCollection<DateOnly>> reportDays, CancellationToken cancellationToken,
        bool provisionSchema = false)
    {
        var registry = new ScheduleRegistry(options, environment.Clock, environment.Sources);
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            q.UseTimeProvider(environment.Clock);
            q.UseDefaultThreadPool(1);
            SchedulerStore.Configure(q, options, provisionSchema);
            q.UseDefaultRetryPolicy(registry.RetryPolicy);
            q.Services.AddSingleton(environment);
            q.Services.AddSingleton(options);
            q.AddJobListener(new JobRunRecorder(environment));
            q.AddJobListener(new RefreshAfterIngest());
            q.AddJobListener(new DeliverAfterReport());
        }).BuildScheduler(cancellationToken);

        foreach (var n in registry.WorkingDays)
            await scheduler.AddCalendar(ScheduleRegistry.CalendarName(n), registry.OnlyOn(reportDays.GetValueOrDefault(n) ?? []), AddCalendarOptions.Replacing, cancellationToken);
        foreach (var job in registry.Jobs())
        {
            if (job.Trigger is null)
                await scheduler.AddJob(job.Job, AddJobOptions.Replacing, cancellationToken);
            else if (!await Stored(scheduler, job, cancellationToken))
                await scheduler.ScheduleJob(job.Job, job.Trigger, ScheduleJobOptions.Replacing, cancellationToken);
        }
        return scheduler;
    }

    /// <summary>
    /// Whether a shared store already holds this job with the same trigger (cron, zone, calendar) and
    /// data. Such a trigger is left as it is: replacing it would reset a firing another node of the
    /// cluster has already acquired, and that firing would run twice.
    /// </summary>
    private static async Task<bool> Stored(IScheduler scheduler, ScheduledJob job, CancellationToken cancellationToken)
    {
        if (await scheduler.GetTrigger(job.Trigger!.Key, cancellationToken) is not ICronTrigger stored || job.Trigger is not ICronTrigger wanted
            || await scheduler.GetJobDetail(job.Job.Key, cancellationToken) is not { } detail)
            return false;
        return stored.CronExpressionString == wanted.CronExpressionString && stored.TimeZone.Id == wanted.TimeZone.Id
            && stored.CalendarName == wanted.CalendarName && detail.JobType.Type == job.Job.JobType.Type
            && detail.JobDataMap.Count == job.Job.JobDataMap.Count
            && job.Job.JobDataMap.All(e => detail.JobDataMap.TryGetValue(e.Key, out var value) && Equals(value?.ToString(), e.Value?.ToString()));
    }
}
