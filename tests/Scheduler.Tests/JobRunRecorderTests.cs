using CorrAnalytics.Scheduler.Tests.Support;
using Quartz;

namespace CorrAnalytics.Scheduler.Tests;

public class JobRunRecorderTests
{
    [Fact]
    public async Task A_run_that_cannot_be_recorded_still_runs_and_the_failure_is_reported()
    {
        await using var harness = new SchedulerHarness();
        harness.DropRegister();
        var scheduler = await harness.Start();
        // A real fault in the recorder's own statements: its table is gone.
        using (var session = harness.Environment.OpenWarehouse("test"))
            session.Execute("drop table etl.job_runs");

        await scheduler.TriggerJob(ScheduleRegistry.Ingest);
        var (job, _, error) = await harness.NextFinished();

        Assert.Equal(ScheduleRegistry.Ingest, job);
        Assert.Null(error);
        Assert.Empty(Directory.GetFiles(harness.Inbox)); // the ingest ran and loaded the register
        var recorder = Assert.IsType<JobRunRecorder>(scheduler.ListenerManager.GetJobListener("corr job runs"));
        Assert.Contains(recorder.RecordingFailures, f => f.Contains("could not be recorded") && f.Contains("job_runs"));
    }

    [Fact]
    public async Task An_ingest_stopped_by_a_system_fault_is_recorded_failed_with_its_cause_and_moves_no_file()
    {
        await using var harness = new SchedulerHarness();
        harness.DropRegister();
        var scheduler = await harness.Start();
        File.WriteAllText(Path.Combine(harness.DataDir, "archive"), "a file where the archive folder must be"); // the fault

        await scheduler.TriggerJob(ScheduleRegistry.Ingest);
        var (job, _, error) = await harness.NextFinished();

        Assert.Equal(ScheduleRegistry.Ingest, job);
        Assert.NotNull(error); // a failed run: Quartz's retry policy takes it from here
        var run = Assert.Single(harness.JobRuns());
        Assert.Equal("failed", run.Outcome);
        Assert.Contains("the load stopped at facilities_20240101.csv", run.Error);
        Assert.Single(Directory.GetFiles(harness.Inbox));
        Assert.False(Directory.Exists(Path.Combine(harness.DataDir, "quarantine")));
    }
}
