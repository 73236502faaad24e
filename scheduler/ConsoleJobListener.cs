using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Scheduler;
using Quartz;
using Spectre.Console;

namespace CorrAnalytics.Scheduler;

/// <summary>
/// One line per job start and end on the console of <c>corr schedule run</c>, in the schedule's
/// time zone; and, for <c>--once</c>, the signal that the job and what it chained have ended.
/// </summary>
public sealed class ConsoleJobListener(IAnsiConsole console, ProductClock clock, JobKey? once, Reports.Translations.Labels labels) : IJobListener
{
    private readonly TaskCompletionSource _onceDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JobKey? _awaiting;

    public string Name => "corr console";

    /// <summary>Completes when the --once job has ended (after its retries) and so has what it chained (a refresh, a delivery), if anything.</summary>
    public Task OnceDone => _onceDone.Task;

    /// <summary>Whether the --once job, or what it chained, finally failed (its retries spent, or an error waiting cannot fix).</summary>
    public bool OnceFailed { get; private set; }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var retry = context.RetryAttempt > 0 ? labels.Format("console.job.retry", context.RetryAttempt) : "";
        console.MarkupLineInterpolated($"[grey]{Now()}[/] {labels.Format("console.job.started", context.JobDetail.Key.Name, retry)}");
        return ValueTask.CompletedTask;
    }

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var key = context.JobDetail.Key;
        var permanent = (context.Result as JobSummary)?.PermanentError;
        var failed = jobException is not null || permanent is not null;
        if (!failed)
            console.MarkupLineInterpolated($"[grey]{Now()}[/] {key.Name} [green]{labels["console.job.succeeded"]}[/]: {context.Result?.ToString() ?? ""}");
        else if (permanent is not null)
            console.MarkupLineInterpolated($"[grey]{Now()}[/] {key.Name} [red]{labels["console.job.failed"]}[/]: {permanent} — {labels["console.job.not_retried"]}");
        else
            console.MarkupLineInterpolated($"[grey]{Now()}[/] {key.Name} [red]{labels["console.job.failed"]}[/]: {JobRunRecorder.Cause(jobException!).Message}{(context.RetryScheduled ? " — " + labels.Format("console.job.retry_scheduled", context.RetryAttempt + 1, context.RetryPolicy?.MaxAttempts ?? 0) : "")}");
        if (once is not null && !context.RetryScheduled)
        {
            if (failed && (key.Equals(once) || key.Equals(_awaiting)))
                OnceFailed = true;
            if (key.Equals(once) || key.Equals(_awaiting))
            {
                // What the job chained, if anything, is waited for too: the refresh after an ingest, the delivery after a report.
                _awaiting = RefreshAfterIngest.IsFollowed(context, jobException) ? ScheduleRegistry.Refresh
                    : DeliverAfterReport.Followed(context, jobException) is not null ? ScheduleRegistry.Deliver
                    : null;
                if (_awaiting is null)
                    _onceDone.TrySetResult();
            }
        }
        return ValueTask.CompletedTask;
    }

    private string Now() => clock.LocalNow.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
