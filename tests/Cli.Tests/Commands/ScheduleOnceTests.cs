using CorrAnalytics.Cli.Tests.Support;

namespace CorrAnalytics.Cli.Tests.Commands;

public class ScheduleOnceTests(LoadedQuarter warehouse) : IClassFixture<LoadedQuarter>
{
    [Fact]
    public void A_job_that_fails_for_good_is_not_retried_and_once_exits_1()
    {
        // The warehouse holds 2024-01..03 only: last month's report has no data, which no retry can change.
        var run = CorrRun.Run("schedule", "run", "--data", warehouse.Path, "--once", "monthly-report");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Running monthly-report once (times in Asia/Almaty)", run.Output);
        Assert.Contains("monthly-report failed", run.Output);
        Assert.Contains("not retried: waiting cannot fix it", run.Output);
        Assert.DoesNotContain("retry 1", run.Output);
        Assert.Contains("monthly-report failed; see the lines above", run.Error);
        var status = CorrRun.Run("status", "--data", warehouse.Path);
        Assert.Matches(@"monthly-report\s+│[^\n]*failed", status.Output);
    }
}
