using System.Threading.Channels;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Scheduler;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;
using Quartz;

namespace CorrAnalytics.Scheduler.Tests.Support;

/// <summary>
/// A real scheduler on a temporary data folder, with a listener that reports every finished run,
/// so a test waits for runs to end instead of sleeping.
/// </summary>
public sealed class SchedulerHarness : IAsyncDisposable
{
    private readonly bool _ownsData;
    private readonly Channel<(JobKey Job, int Attempt, Exception? Error)> _finished = Channel.CreateUnbounded<(JobKey, int, Exception?)>();

    public SchedulerHarness(ScheduleOptions? options = null, ProductClock? clock = null, Reports.Delivery.DeliveryOptions? delivery = null, string? dataDir = null)
    {
        Clock = clock ?? TestClock.Running();
        DataDir = dataDir ?? Directory.CreateTempSubdirectory("corr-schedule-").FullName;
        _ownsData = dataDir is null;
        Directory.CreateDirectory(Inbox);
        Options = options ?? new ScheduleOptions();
        Environment = new JobEnvironment(
            new WarehouseOptions(DataDir) { WriterWait = TimeSpan.FromSeconds(Options.WriterWaitSeconds) },
            new EtlOptions(DataDir) { SettleTime = TimeSpan.Zero }, Clock, Delivery: delivery)
        {
            Node = Options.Clustered ? SchedulerStore.NodeName(Options) : null,
        };
    }

    public string DataDir { get; }

    /// <summary>The harness's clock: by default it starts at <see cref="TestClock.Start"/> and runs at real speed.</summary>
    public ProductClock Clock { get; }

    public string Inbox => Path.Combine(DataDir, "inbox");

    public ScheduleOptions Options { get; }

    public JobEnvironment Environment { get; }

    public IScheduler? Scheduler { get; private set; }

    /// <summary>Called as a run starts, after the recorder has written its row (e.g. to let fake time pass).</summary>
    public Action<JobKey>? OnStarted { get; set; }

    /// <summary>Called after a run ends and before the harness reports it (e.g. to end a fault).</summary>
    public Action<JobKey, Exception?>? OnFinished { get; set; }

    public async Task<IScheduler> Start(bool provisionSchema = false)
    {
        var days = CorrScheduler.Prepare(Environment, new ScheduleRegistry(Options, Clock));
        Scheduler = await CorrScheduler.Build(Options, Environment, days, CancellationToken.None, provisionSchema);
        Scheduler.ListenerManager.AddJobListener(new Reporter(this), []);
        await Scheduler.Start();
        return Scheduler;
    }

    public void DropRegister() => File.WriteAllLines(Path.Combine(Inbox, "facilities_20240101.csv"), EtlHarness.RegisterLines());

    /// <summary>Waits for the next finished run (at most a minute, so a broken chain fails the test instead of hanging it).</summary>
    public async Task<(JobKey Job, int Attempt, Exception? Error)> NextFinished()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        return await _finished.Reader.ReadAsync(timeout.Token);
    }

    public List<(string Job, string Outcome, int Attempt, string? Error, string? Detail, DateTime Started, DateTime? Finished, string? Node)> JobRuns()
    {
        using var session = Environment.OpenWarehouse("test");
        return session.Query(
            "select job, outcome, attempt, error, detail, started_at, finished_at, node from etl.job_runs order by run_id",
            r => (r.GetString(0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.GetDateTime(5), r.IsDBNull(6) ? (DateTime?)null : r.GetDateTime(6), r.IsDBNull(7) ? null : r.GetString(7)));
    }

    /// <summary>Every firing this scheduler ran: the job and the time it was scheduled for.</summary>
    public List<(string Job, DateTimeOffset? Scheduled)> Fired { get; } = [];

    public async ValueTask DisposeAsync()
    {
        if (Scheduler is not null && Scheduler.Status != SchedulerStatus.Shutdown)
            await Scheduler.Shutdown(waitForJobsToComplete: true);
        if (_ownsData)
            Directory.Delete(DataDir, recursive: true);
    }

    private sealed class Reporter(SchedulerHarness harness) : IJobListener
    {
        public string Name => "test reporter";

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            harness.OnStarted?.Invoke(context.JobDetail.Key);
            return ValueTask.CompletedTask;
        }

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            harness.OnFinished?.Invoke(context.JobDetail.Key, jobException);
            lock (harness.Fired)
                harness.Fired.Add((context.JobDetail.Key.Name, context.ScheduledFireTimeUtc));
            harness._finished.Writer.TryWrite((context.JobDetail.Key, context.RetryAttempt, jobException));
            return ValueTask.CompletedTask;
        }
    }
}
