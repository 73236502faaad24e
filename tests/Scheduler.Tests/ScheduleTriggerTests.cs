using CorrAnalytics.Scheduler;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Time;
using Quartz;
using Quartz.Extensibility;

namespace CorrAnalytics.Scheduler.Tests;

/// <summary>The triggers the registry builds, on a fake clock at a fixed instant: the machine's date never matters.</summary>
public sealed class ScheduleTriggerTests
{
    private static readonly TimeSpan Almaty = TimeSpan.FromHours(5);

    /// <summary>The product clock stopped at a moment of 2026 before every firing the tests compute.</summary>
    private static readonly ProductClock Clock = TestClock.Fake(TestClock.InAlmaty(2026, 11, 20, 10)).Clock;

    private static ScheduledJob JobOf(ScheduleRegistry registry, JobKey key) => registry.Jobs().Single(j => j.Job.Key.Equals(key));

    private static ITrigger TriggerOf(ScheduleRegistry registry, JobKey key) => JobOf(registry, key).Trigger!;

    private static DateOnly LocalDay(DateTimeOffset t) => DateOnly.FromDateTime(t.ToOffset(Almaty).DateTime);

    [Fact]
    public void Ingest_fires_every_quarter_hour_of_a_month_in_Almaty()
    {
        var registry = new ScheduleRegistry(new ScheduleOptions(), Clock);
        var from = new DateTimeOffset(2026, 12, 1, 0, 0, 0, Almaty);
        var times = TriggerFireTimes.ComputeBetween(TriggerOf(registry, ScheduleRegistry.Ingest), null!, from.AddTicks(-1), from.AddMonths(1).AddTicks(-1));

        Assert.Equal(31 * 24 * 4, times.Count);
        Assert.Equal(from, times[0]);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 45, 0, Almaty), times[^1]);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(15), pair.Second - pair.First));
    }

    [Fact]
    public void Ingest_fires_on_the_29th_of_February_2028_and_the_month_turns_at_local_midnight()
    {
        var registry = new ScheduleRegistry(new ScheduleOptions(), Clock);
        var from = new DateTimeOffset(2028, 2, 1, 0, 0, 0, Almaty);

        var times = TriggerFireTimes.ComputeBetween(TriggerOf(registry, ScheduleRegistry.Ingest), null!, from.AddTicks(-1), from.AddMonths(1).AddTicks(-1));

        Assert.Equal(29 * 24 * 4, times.Count);                                   // 2028 is a leap year
        Assert.Equal(new DateTimeOffset(2028, 2, 29, 23, 45, 0, Almaty), times[^1]);
        // 23:50 on the 29th in Almaty is still February; ten minutes later (19:00 UTC) it is March.
        var (fake, clock) = TestClock.Fake(new DateTimeOffset(2028, 2, 29, 18, 50, 0, TimeSpan.Zero));
        Assert.Equal((new DateOnly(2028, 2, 29), new YearMonth(2028, 2)), (clock.Today, clock.CurrentMonth));
        fake.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal((new DateOnly(2028, 3, 1), new YearMonth(2028, 3)), (clock.Today, clock.CurrentMonth));
    }

    [Fact]
    public void Monthly_report_fires_at_eight_on_the_fifth_working_day_of_each_month()
    {
        using var warehouse = new EtlHarness();
        var registry = new ScheduleRegistry(new ScheduleOptions(), Clock);
        var calendar = registry.OnlyOn(CorrScheduler.ReportDays(warehouse.Session, 5));
        var year = new DateTimeOffset(2027, 1, 1, 0, 0, 0, Almaty);

        var times = TriggerFireTimes.ComputeBetween(TriggerOf(registry, ScheduleRegistry.MonthlyReport), calendar, year, year.AddYears(1));

        Assert.Equal(12, times.Count);
        Assert.All(times, t => Assert.Equal(new TimeSpan(8, 0, 0), t.ToOffset(Almaty).TimeOfDay));
        Assert.Equal(Enumerable.Range(1, 12), times.Select(t => t.ToOffset(Almaty).Month));
        var days = times.Select(LocalDay).ToList();
        // January: 1–2 New Year (the 2nd, a Saturday, moves to Monday the 4th), 7 Orthodox Christmas → 5, 6, 8, 11, 12.
        Assert.Contains(new DateOnly(2027, 1, 12), days);
        // March: no holiday in the first week → Monday 1 … Friday 5.
        Assert.Contains(new DateOnly(2027, 3, 5), days);
        // May: 1 (Saturday → Monday 3), 7, 9 (Sunday → Monday 10) → 4, 5, 6, 11, 12.
        Assert.Contains(new DateOnly(2027, 5, 12), days);
        // October: Friday 1, then 4, 5, 6, 7.
        Assert.Contains(new DateOnly(2027, 10, 7), days);
    }

    [Fact]
    public void The_December_report_fires_in_January_on_the_fifth_working_day_after_the_New_Year_holidays()
    {
        using var warehouse = new EtlHarness();
        var registry = new ScheduleRegistry(new ScheduleOptions(), Clock);
        var calendar = registry.OnlyOn(CorrScheduler.ReportDays(warehouse.Session, 5));
        var monthly = JobOf(registry, ScheduleRegistry.MonthlyReport);
        var january = new DateTimeOffset(2028, 1, 1, 0, 0, 0, Almaty);

        var first = TriggerFireTimes.ComputeBetween(monthly.Trigger!, calendar, january, january.AddMonths(1)).Single();

        // 2028: the 1st is a Saturday (its day off moves to Monday the 3rd), the 2nd a Sunday (to Tuesday the 4th),
        // the 7th (Friday) is Orthodox Christmas → working days 5, 6, 10, 11, 12.
        Assert.Equal(new DateTimeOffset(2028, 1, 12, 8, 0, 0, Almaty), first);
        Assert.Equal("2027-12", monthly.PeriodOf!(LocalDay(first)));
    }

    [Fact]
    public void A_firing_at_local_midnight_is_at_seven_in_the_evening_UTC_and_reports_the_month_before_its_local_day()
    {
        var options = new ScheduleOptions { MonthlyReport = new JobSchedule { Cron = "0 0 0 1 * ?" } };
        var registry = new ScheduleRegistry(options, Clock);
        var monthly = JobOf(registry, ScheduleRegistry.MonthlyReport);
        var from = new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero);

        var times = TriggerFireTimes.ComputeBetween(monthly.Trigger!, null!, from, from.AddMonths(2));

        Assert.Equal([new DateTimeOffset(2027, 2, 28, 19, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 31, 19, 0, 0, TimeSpan.Zero)], times.Select(t => t.ToUniversalTime()));
        // 19:00 UTC on 28 February is 00:00 on 1 March in Almaty: the report is February's, not January's.
        Assert.Equal(["2027-02", "2027-03"], times.Select(t => monthly.PeriodOf!(Clock.DateOf(t))));
    }

    [Fact]
    public void A_budget_workbook_on_the_29th_of_February_fires_only_in_leap_years()
    {
        var options = new ScheduleOptions { BudgetWorkbook = new JobSchedule { Cron = "0 0 9 29 2 ?" } };
        var registry = new ScheduleRegistry(options, Clock);
        var from = new DateTimeOffset(2027, 1, 1, 0, 0, 0, Almaty);

        var times = TriggerFireTimes.ComputeBetween(TriggerOf(registry, ScheduleRegistry.BudgetWorkbook), null!, from, from.AddYears(8));

        Assert.Equal([new DateTimeOffset(2028, 2, 29, 9, 0, 0, Almaty), new DateTimeOffset(2032, 2, 29, 9, 0, 0, Almaty)], times);
        Assert.Equal("2029", JobOf(registry, ScheduleRegistry.BudgetWorkbook).PeriodOf!(new DateOnly(2028, 2, 29)));
    }

    [Fact]
    public void Budget_workbook_fires_on_its_configured_dates()
    {
        var options = new ScheduleOptions { BudgetWorkbook = new JobSchedule { Cron = "0 0 9 1,15 9 ?" } };
        var registry = new ScheduleRegistry(options, Clock);
        var year = new DateTimeOffset(2027, 1, 1, 0, 0, 0, Almaty);

        var times = TriggerFireTimes.ComputeBetween(TriggerOf(registry, ScheduleRegistry.BudgetWorkbook), null!, year, year.AddYears(1));

        Assert.Equal([new DateTimeOffset(2027, 9, 1, 9, 0, 0, Almaty), new DateTimeOffset(2027, 9, 15, 9, 0, 0, Almaty)], times);
    }

    [Fact]
    public void Triggers_retry_with_exponential_backoff_and_fire_once_after_a_misfire()
    {
        var options = new ScheduleOptions { Retry = new RetryOptions { Attempts = 3, InitialDelaySeconds = 10, Factor = 3, MaxDelaySeconds = 60 } };
        var registry = new ScheduleRegistry(options, Clock);
        var trigger = (ICronTrigger)TriggerOf(registry, ScheduleRegistry.Ingest);

        Assert.Equal(3, trigger.RetryPolicy!.MaxAttempts);
        Assert.Equal([10, 30, 60], new[] { 1, 2, 3 }.Select(n => trigger.RetryPolicy.DelayFor(n).TotalSeconds));
        Assert.Equal(CronTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstruction);
        Assert.Equal("Asia/Almaty", trigger.TimeZone.Id);
    }

    [Fact]
    public void A_disabled_job_has_no_trigger_and_the_refresh_is_only_chained()
    {
        var options = new ScheduleOptions { ProductionReport = new JobSchedule { Enabled = false, Cron = "0 0 8 * * ?" } };
        var jobs = new ScheduleRegistry(options, Clock).Jobs();

        Assert.DoesNotContain(jobs, j => j.Job.Key.Equals(ScheduleRegistry.ProductionReport));
        var refresh = jobs.Single(j => j.Job.Key.Equals(ScheduleRegistry.Refresh));
        Assert.Null(refresh.Trigger);
        Assert.True(refresh.Job.Durable);
        Assert.All(jobs, j => Assert.True(j.Job.ConcurrentExecutionDisallowed));
    }

    [Fact]
    public void A_source_with_a_cron_gets_a_pull_job_on_it_and_one_without_is_only_run_by_hand()
    {
        var sources = new Dictionary<string, Etl.Pull.SourceOptions>
        {
            ["accounting"] = new() { Kind = "budget_exec" },
            ["registry"] = new() { Kind = "facilities" },
        };
        var options = new ScheduleOptions { Pulls = { ["Accounting"] = new JobSchedule { Cron = "0 10 * * * ?" } } };
        var jobs = new ScheduleRegistry(options, Clock, sources).Jobs();

        var accounting = jobs.Single(j => j.Job.Key.Equals(PullJob.KeyOf("accounting")));
        Assert.Equal("accounting", accounting.Job.JobDataMap.GetString(PullJob.SourceKey));
        Assert.Equal("0 10 * * * ?", Assert.IsAssignableFrom<Quartz.ICronTrigger>(accounting.Trigger).CronExpressionString);
        Assert.Equal("Asia/Almaty", ((Quartz.ICronTrigger)accounting.Trigger!).TimeZone.Id);
        var registry = jobs.Single(j => j.Job.Key.Equals(PullJob.KeyOf("registry")));
        Assert.Null(registry.Trigger);
        Assert.True(registry.Job.Durable);
    }
}
