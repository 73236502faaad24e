using CorrAnalytics.TestSupport;
using CorrAnalytics.Scheduler;
using CorrAnalytics.Scheduler.Tests.Support;
using CorrAnalytics.Warehouse.Access;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace CorrAnalytics.Scheduler.Tests;

public sealed class SchedulerRunTests
{
    private static ScheduleOptions Quick(int attempts = 2) => new()
    {
        WriterWaitSeconds = 0,
        Retry = new RetryOptions { Attempts = attempts, InitialDelaySeconds = 0.2, Factor = 2, MaxDelaySeconds = 1 },
    };

    [Fact]
    public async Task An_ingest_that_loaded_a_file_is_followed_by_the_refresh_and_both_runs_are_recorded()
    {
        await using var harness = new SchedulerHarness(Quick());
        harness.DropRegister();
        var scheduler = await harness.Start();

        await scheduler.TriggerJob(ScheduleRegistry.Ingest, null!);
        Assert.Equal(ScheduleRegistry.Ingest, (await harness.NextFinished()).Job);
        Assert.Equal(ScheduleRegistry.Refresh, (await harness.NextFinished()).Job);
        await scheduler.Shutdown(waitForJobsToComplete: true);

        var runs = harness.JobRuns();
        Assert.Equal(["ingest", "refresh"], runs.Select(r => r.Job));
        Assert.All(runs, r => Assert.Equal("succeeded", r.Outcome));
        Assert.All(runs, r => Assert.True(r.Finished >= r.Started));
        Assert.StartsWith("1 file(s): 1 loaded", runs[0].Detail);
        var checks = Warehouse.Checks.CheckRunner.LoadChecks().Count;
        Assert.Contains($"{checks} of {checks} passed", runs[1].Detail);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(harness.DataDir, "archive"), "*.csv", SearchOption.AllDirectories));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(harness.DataDir, "archive"), "*.json", SearchOption.AllDirectories)); // its sidecar
    }

    [Fact]
    public async Task An_ingest_that_loaded_nothing_is_not_followed_by_the_refresh()
    {
        await using var harness = new SchedulerHarness(Quick());
        var scheduler = await harness.Start();

        await scheduler.TriggerJob(ScheduleRegistry.Ingest, null!);
        Assert.Equal(ScheduleRegistry.Ingest, (await harness.NextFinished()).Job);

        Assert.Empty(await scheduler.GetTriggersOfJob(ScheduleRegistry.Refresh));
        await scheduler.Shutdown(waitForJobsToComplete: true);
        Assert.Equal(["ingest"], harness.JobRuns().Select(r => r.Job));
    }

    [Fact]
    public async Task A_busy_warehouse_fails_the_run_which_is_retried_and_every_attempt_is_recorded()
    {
        await using var harness = new SchedulerHarness(Quick());
        harness.DropRegister();
        var scheduler = await harness.Start();
        var holder = WriterLock.Acquire(harness.Environment.Warehouse.DatabasePath, "corr etl run (by hand)", TimeSpan.Zero, TestClock.Running());
        harness.OnFinished = (_, error) =>
        {
            if (error is not null)
                holder.Dispose(); // the manual command ends; the retry finds the warehouse free
        };

        await scheduler.TriggerJob(ScheduleRegistry.Ingest, null!);
        var first = await harness.NextFinished();
        var retry = await harness.NextFinished();
        var refresh = await harness.NextFinished();
        await scheduler.Shutdown(waitForJobsToComplete: true);

        Assert.Equal((ScheduleRegistry.Ingest, 0), (first.Job, first.Attempt));
        Assert.IsType<WarehouseBusyException>(first.Error?.GetBaseException());
        Assert.Equal((ScheduleRegistry.Ingest, 1, null), (retry.Job, retry.Attempt, retry.Error));
        Assert.Equal(ScheduleRegistry.Refresh, refresh.Job);
        var runs = harness.JobRuns();
        Assert.Equal([("ingest", "failed", 0), ("ingest", "succeeded", 1), ("refresh", "succeeded", 0)], runs.Select(r => (r.Job, r.Outcome, r.Attempt)));
        Assert.Contains("corr etl run (by hand)", runs[0].Error);
        Assert.Contains("retry 1 scheduled", runs[0].Detail);
    }

    [Fact]
    public async Task Runs_a_killed_scheduler_left_running_are_marked_interrupted_at_the_next_start()
    {
        await using var harness = new SchedulerHarness(Quick());
        await (await harness.Start()).Shutdown(waitForJobsToComplete: true);
        using (var session = harness.Environment.OpenWarehouse("test"))
            session.Execute("insert into etl.job_runs (run_id, job, trigger_name, started_at, outcome) values (nextval('etl.job_run_seq'), 'ingest', 'ingest', now()::timestamp, 'running')");

        await harness.Start();
        await harness.Scheduler!.Shutdown(waitForJobsToComplete: true);

        var run = Assert.Single(harness.JobRuns());
        Assert.Equal("interrupted", run.Outcome);
        Assert.NotNull(run.Finished);
    }

    [Fact]
    public async Task The_same_job_never_runs_twice_at_once_and_shutdown_waits_for_the_running_one()
    {
        await using var harness = new SchedulerHarness(Quick());
        harness.DropRegister();
        var scheduler = await harness.Start();

        await scheduler.TriggerJob(ScheduleRegistry.Ingest, null!);
        await scheduler.TriggerJob(ScheduleRegistry.Ingest, null!);
        await scheduler.TriggerJob(ScheduleRegistry.Ingest, null!);
        await scheduler.Shutdown(waitForJobsToComplete: true);

        var runs = harness.JobRuns();
        Assert.DoesNotContain(runs, r => r.Outcome == "running");
        Assert.All(runs, r => Assert.NotNull(r.Finished));
        var ordered = runs.OrderBy(r => r.Started).ToList();
        Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.First.Finished <= pair.Second.Started, $"{pair.First.Job} and {pair.Second.Job} overlapped"));
    }

    [Fact]
    public async Task A_run_that_overruns_its_next_fire_times_is_followed_by_one_run_not_one_per_missed_time()
    {
        var almaty = TimeSpan.FromHours(5);
        var (clock, productClock) = TestClock.Fake(new DateTimeOffset(2027, 1, 4, 9, 0, 30, almaty));
        var options = Quick();
        options.Ingest = new JobSchedule { Cron = "0 * * * * ?" }; // every minute
        foreach (var report in new[] { options.MonthlyReport, options.ProductionReport, options.BudgetWorkbook })
            report.Enabled = false;
        await using var harness = new SchedulerHarness(options, productClock);
        var started = 0;
        harness.OnStarted = _ =>
        {
            if (Interlocked.Increment(ref started) == 1)
                clock.Advance(TimeSpan.FromMinutes(3)); // the first run takes three minutes
        };
        var scheduler = await harness.Start();

        clock.Advance(TimeSpan.FromSeconds(30)); // 09:01:00, the first firing
        await harness.NextFinished();            // ends at 09:04:00: 09:02, 09:03 and 09:04 passed meanwhile
        await harness.NextFinished();            // the missed firings, as one run, at once
        clock.Advance(TimeSpan.FromMinutes(1));  // 09:05:00, back on the schedule
        await harness.NextFinished();
        await scheduler.Shutdown(waitForJobsToComplete: true);

        var runs = harness.JobRuns().Select(r => (r.Started.ToString("HH:mm:ss"), r.Finished?.ToString("HH:mm:ss"), r.Outcome)).ToList();
        // etl.job_runs holds UTC: 09:01 in Almaty is 04:01.
        Assert.Equal([("04:01:00", "04:04:00", "succeeded"), ("04:04:00", "04:04:00", "succeeded"), ("04:05:00", "04:05:00", "succeeded")], runs);
    }

    [Fact]
    public async Task The_backup_job_is_off_until_turned_on_and_then_takes_a_checked_backup_keeping_the_newest()
    {
        Assert.DoesNotContain(new ScheduleRegistry(new ScheduleOptions(), TestClock.Running()).Jobs(), j => j.Job.Key.Equals(ScheduleRegistry.Backup));

        var options = Quick();
        options.Backup = new JobSchedule { Enabled = true, Cron = "0 0 2 * * ?" };
        options.BackupKeep = 1;
        await using var harness = new SchedulerHarness(options);
        harness.DropRegister();
        var scheduler = await harness.Start();
        await scheduler.TriggerJob(ScheduleRegistry.Ingest, null!);
        Assert.Equal(ScheduleRegistry.Ingest, (await harness.NextFinished()).Job);
        Assert.Equal(ScheduleRegistry.Refresh, (await harness.NextFinished()).Job);

        await scheduler.TriggerJob(ScheduleRegistry.Backup, null!);
        Assert.Equal(ScheduleRegistry.Backup, (await harness.NextFinished()).Job);
        await scheduler.Shutdown(waitForJobsToComplete: true);

        var run = harness.JobRuns().Single(r => r.Job == "backup");
        Assert.Equal("succeeded", run.Outcome);
        var backup = Assert.Single(Warehouse.Backup.WarehouseBackup.List(Path.Combine(harness.DataDir, "backups")));
        var manifest = Warehouse.Backup.WarehouseBackup.Verify(backup);
        Assert.Equal(1, manifest.LastBatch); // the register the ingest loaded
        Assert.Contains(manifest.Files, f => f.Path == "archive-index.tsv");
        var trigger = new ScheduleRegistry(options, TestClock.Running()).Jobs().Single(j => j.Job.Key.Equals(ScheduleRegistry.Backup)).Trigger!;
        Assert.Equal(TestClock.Almaty, ((ICronTrigger)trigger).TimeZone);
    }
}
