using CorrAnalytics.Scheduler.Tests.Support;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Scheduler.Tests;

/// <summary>
/// A job's period follows from the local day its firing was scheduled for, on a fake clock: the deliver
/// job, with no recipients configured, says the period it would deliver and touches nothing else.
/// </summary>
public sealed class FiringDayTests
{
    private static async Task<string?> DetailOfDeliverFiredAt(DateTimeOffset instant)
    {
        var (_, clock) = TestClock.Fake(instant);
        await using var harness = new SchedulerHarness(new ScheduleOptions { WriterWaitSeconds = 0, Retry = new RetryOptions { Attempts = 1 } }, clock);
        var scheduler = await harness.Start();

        await scheduler.TriggerJob(ScheduleRegistry.Deliver, null!);
        var finished = await harness.NextFinished();
        await scheduler.Shutdown(waitForJobsToComplete: true);

        Assert.Equal((ScheduleRegistry.Deliver, (Exception?)null), (finished.Job, finished.Error));
        var run = Assert.Single(harness.JobRuns());
        Assert.Equal(instant.UtcDateTime, run.Started);                 // etl.job_runs keeps the fake clock's instant, in UTC
        return run.Detail;
    }

    [Fact]
    public async Task A_firing_in_January_delivers_December_of_the_year_before()
    {
        // Between the quarter-hours, so no other trigger fires with it.
        var detail = await DetailOfDeliverFiredAt(TestClock.InAlmaty(2027, 1, 12, 9, 5));

        Assert.StartsWith("deliver 2026-12: no recipients configured", detail);
    }

    [Fact]
    public async Task A_firing_just_after_local_midnight_on_the_first_reports_by_its_local_day_not_the_UTC_one()
    {
        // 00:05 on 1 February in Almaty is 19:05 on 31 January UTC: the month before the local day is January.
        var detail = await DetailOfDeliverFiredAt(new DateTimeOffset(2027, 1, 31, 19, 5, 0, TimeSpan.Zero));

        Assert.StartsWith("deliver 2027-01: no recipients configured", detail);
    }
}
