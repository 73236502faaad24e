using CorrAnalytics.TestSupport;
using CorrAnalytics.Cli.Tests.Support;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Cli.Tests.Commands;

public class ScheduleCommandTests
{
    [Fact]
    public void Schedule_run_once_loads_the_inbox_chains_the_refresh_and_status_and_list_show_it()
    {
        using var data = new TempDataDir();
        CorrRun.Run("sample", "--out", Path.Combine(data.Path, "inbox"), "--from", "2024-01", "--to", "2024-01");
        CorrRun.Run("init", "--data", data.Path);

        var run = CorrRun.Run("schedule", "run", "--data", data.Path, "--once", "ingest");
        var list = CorrRun.Run("schedule", "list", "--data", data.Path, "--next", "2");
        var status = CorrRun.Run("status", "--data", data.Path);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Matches(@"ingest succeeded: \d+ file\(s\): \d+ loaded, 0 duplicate, 0 quarantined, 0 failed", run.Output);
        Assert.Contains("refresh succeeded", run.Output);
        Assert.Contains("Scheduler stopped.", run.Output);
        Assert.Empty(Directory.GetFiles(Path.Combine(data.Path, "inbox")));
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("Next runs (Asia/Almaty)", list.Output);
        Assert.Matches(@"monthly-report .*5th working day", list.Output);
        Assert.Matches(@"\d{4}-\d\d-\d\d 08:00 \w{3}", list.Output);
        Assert.Matches(@"refresh\s+│\s+after an ingest\s+│.*succeeded", status.Output);      // one-off runs say what caused them
        Assert.Matches(@"ingest\s+│\s+run once \(--once\)\s+│.*succeeded", status.Output);
        Assert.Contains("Started (Asia/Almaty)", status.Output);
    }

    [Fact]
    public void A_second_scheduler_on_the_same_data_folder_is_refused_naming_the_first()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);
        using var first = WriterLock.Acquire(Path.Combine(data.Path, "scheduler"), "corr schedule run", TimeSpan.Zero, TestClock.Running());

        var second = CorrRun.Run("schedule", "run", "--data", data.Path, "--once", "ingest");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains($"A scheduler is already running on {data.Path} (process {Environment.ProcessId}", second.Error);
        Assert.Single(second.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("schedule", "run", "--once", "nightly")]
    [InlineData("schedule", "list", "--next", "0")]
    [InlineData("schedule", "list", "--from", "01.01.2027")]
    [InlineData("schedule", "list", "--from", "2027-02-30")]
    public void Bad_schedule_usage_exits_2(params string[] args) => Assert.Equal(2, CorrRun.Run(args).ExitCode);

    [Fact]
    public void Schedule_list_from_a_date_rehearses_the_calendar_after_the_New_Year_holidays_with_the_periods_reported()
    {
        using var data = new TempDataDir();
        Assert.Equal(0, CorrRun.Run("init", "--data", data.Path).ExitCode);

        var list = CorrRun.Run("schedule", "list", "--data", data.Path, "--from", "2027-01-01", "--next", "2");

        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Contains("The schedule as it would run from 2027-01-01 00:00:00 Asia/Almaty:", list.Output);
        Assert.Contains("Next runs (Asia/Almaty)", list.Output);
        // January 2027: 1 and 2 New Year (the 2nd, a Saturday, moves to Monday the 4th), 7 Christmas → the 5th working day is the 12th.
        Assert.Contains("2027-01-12 08:00 Tue → 2026-12", list.Output);
        Assert.Contains("2027-01-12 08:30 Tue → 2026-12", list.Output);      // the production report
        Assert.Contains("2027-02-05 08:00 Fri → 2027-01", list.Output);
        Assert.Contains("2027-09-01 09:00 Wed → 2028", list.Output);          // the budget workbook, for the year after
        Assert.Contains("2027-01-01 00:00 Fri", list.Output);                 // the ingest, every quarter of an hour, from the first minute
        Assert.Contains("2027-01-01 00:15 Fri", list.Output);
    }

    [Fact]
    public void Schedule_list_without_a_warehouse_says_to_run_init()
    {
        using var data = new TempDataDir();
        var list = CorrRun.Run("schedule", "list", "--data", Path.Combine(data.Path, "none"));
        Assert.Equal(1, list.ExitCode);
        Assert.Contains("Run 'corr init' first", list.Error);
    }
}
