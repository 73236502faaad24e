using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>
/// The chain report → deliver: fires the deliver job for the report a monthly or production report
/// job has just published, when recipients are configured (the report job says so in its summary).
/// </summary>
public sealed class DeliverAfterReport : IJobListener
{
    public string Name => "corr deliver after report";

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (Followed(context, jobException) is { } report)
            await context.Scheduler.TriggerJob(ScheduleRegistry.Deliver, new JobDataMap { [DeliverJob.KindKey] = report.Kind, [DeliverJob.PeriodKey] = report.Period }, cancellationToken);
    }

    /// <summary>The report this run published, if the deliver job follows it.</summary>
    public static (string Kind, string Period)? Followed(IJobExecutionContext context, JobExecutionException? jobException) =>
        jobException is null && context.Result is JobSummary { PermanentError: null, Deliver: { } report } ? report : null;
}
