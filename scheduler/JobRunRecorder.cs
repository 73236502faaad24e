using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;
using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>
/// Writes every run of every scheduled job to etl.job_runs: a 'running' row as it starts, closed
/// with its outcome, error and summary as it ends. A row that cannot be written because another
/// process holds the warehouse is kept and written at the next chance (the next run, or
/// <see cref="Flush"/> at shutdown). Runs left 'running' by a scheduler that died are marked
/// 'interrupted' when the next one starts (<see cref="CloseInterrupted"/>). Recording never fails
/// or blocks the job: any other failure to write is reported (<see cref="RecordingFailures"/>, and
/// on standard error) and the job runs on.
/// </summary>
public sealed class JobRunRecorder(JobEnvironment environment, TextWriter? problems = null) : IJobListener
{
    private const string RunIdKey = "corr.run_id";
    private const string StartedKey = "corr.started";
    private readonly Queue<Action<WarehouseSession>> _unwritten = new();
    private readonly List<string> _failures = [];
    private readonly Lock _gate = new();

    public string Name => "corr job runs";

    /// <summary>What could not be recorded, and why.</summary>
    public IReadOnlyList<string> RecordingFailures
    {
        get { lock (_gate) return _failures.ToList(); }
    }

    /// <summary>Rows still waiting for the warehouse.</summary>
    public int Unwritten
    {
        get { lock (_gate) return _unwritten.Count; }
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var started = environment.Clock.UtcDateTime;
        var map = context.MergedJobDataMap;
        map[StartedKey] = started;
        Write(session => map[RunIdKey] = session.Scalar<long>(SqlResources.Sql("jobs/job_run_started"),
            context.JobDetail.Key.Name, context.Trigger.Key.Name, started, context.RetryAttempt, environment.Node, ScheduledFor(context)), keepIfBusy: false);
        // A job a node of the cluster re-runs because the node running it died: that node's run ends here, interrupted.
        if (context.Recovering)
            Write(session => session.Execute(SqlResources.Sql("jobs/job_runs_interrupted"), started, environment.Node, context.JobDetail.Key.Name), keepIfBusy: true);
        return ValueTask.CompletedTask;
    }

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var finished = environment.Clock.UtcDateTime;
        var permanent = (context.Result as JobSummary)?.PermanentError;
        var outcome = context.Outcome switch
        {
            ExecutionOutcome.Succeeded when permanent is null => "succeeded",
            ExecutionOutcome.Cancelled => "cancelled",
            _ => "failed",
        };
        var error = jobException is null ? permanent : Cause(jobException).Message;
        var detail = context.Result?.ToString() + (context.RetryScheduled ? $" (retry {context.RetryAttempt + 1} scheduled)" : "");
        var map = context.MergedJobDataMap;
        if (map.TryGetValue(RunIdKey, out var runId))
            Write(session => session.Execute(SqlResources.Sql("jobs/job_run_finished"), runId, finished, outcome, error, detail), keepIfBusy: true);
        else
            Write(session => session.Execute(SqlResources.Sql("jobs/job_run_whole"), context.JobDetail.Key.Name, context.Trigger.Key.Name,
                map[StartedKey], finished, outcome, error, context.RetryAttempt, detail, environment.Node, ScheduledFor(context)), keepIfBusy: true);
        return ValueTask.CompletedTask;
    }

    private static DateTime? ScheduledFor(IJobExecutionContext context) => context.ScheduledFireTimeUtc?.UtcDateTime;

    /// <summary>Writes the rows still waiting; false if the warehouse is still busy.</summary>
    public bool Flush() => Write(_ => { }, keepIfBusy: false);

    /// <summary>
    /// Marks runs a stopped scheduler left 'running' as 'interrupted'; returns how many. In a cluster,
    /// only <paramref name="node"/>'s own (another node's may well be running).
    /// </summary>
    public static int CloseInterrupted(WarehouseSession session, ProductClock clock, string? node = null) =>
        session.Execute(SqlResources.Sql("jobs/job_runs_interrupted"), clock.UtcDateTime, node, null);


    private bool Write(Action<WarehouseSession> write, bool keepIfBusy)
    {
        lock (_gate)
        {
            try
            {
                using var session = environment.OpenWarehouse("job log");
                while (_unwritten.TryPeek(out var earlier))
                {
                    earlier(session);
                    _unwritten.Dequeue();
                }
                write(session);
                return true;
            }
            catch (WarehouseBusyException)
            {
                // A start row that cannot be written is not kept: the run's end writes it whole.
                if (keepIfBusy)
                    _unwritten.Enqueue(write);
                return false;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not a busy warehouse: writing again would fail again. The job must run regardless.
                var failure = $"the job run could not be recorded in etl.job_runs: {e.GetType().Name}: {e.Message.Split('\n')[0]}";
                _failures.Add(failure);
                (problems ?? Console.Error).WriteLine(failure);
                return false;
            }
        }
    }

    /// <summary>The exception the job threw, under the scheduler's wrappers.</summary>
    public static Exception Cause(Exception e)
    {
        while (e.InnerException is not null && e is JobExecutionException or SchedulerException)
            e = e.InnerException;
        return e;
    }
}
