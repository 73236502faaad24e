using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>
/// The chain ingest → refresh: fires the marts-and-checks job after an ingest run that loaded at
/// least one file. Quartz's own JobChainingJobListener would fire it after every successful
/// ingest, four times an hour, loaded or not.
/// </summary>
public sealed class RefreshAfterIngest : IJobListener
{
    public string Name => "corr refresh after ingest";

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (IsFollowed(context, jobException))
            await context.Scheduler.TriggerJob(ScheduleRegistry.Refresh, null!, cancellationToken);
    }

    /// <summary>Whether this run is an ingest (or a pull) that loaded something, so the refresh follows it.</summary>
    public static bool IsFollowed(IJobExecutionContext context, JobExecutionException? jobException) =>
        jobException is null && (context.JobDetail.Key.Equals(ScheduleRegistry.Ingest) || context.JobDetail.JobType == typeof(PullJob))
        && context.Result is JobSummary { Loaded: > 0 };
}
