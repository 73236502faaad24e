using CorrAnalytics.Scheduler;
using CorrAnalytics.TestSupport;
using Quartz;
using Quartz.Extensibility;

namespace CorrAnalytics.Scheduler.Tests;

public sealed class ScheduleTriggerTests
{
    private static readonly TimeSpan Almaty = TimeSpan.FromHours(5);

    private static ITrigger TriggerOf(ScheduleRegistry registry, JobKey key) =>
        registry.Jobs().Single(j => j.Job.Key.Equals(key)).Trigger!;

    [Fact]
    public void Ingest_fires_every_quarter_hour_of_a_month_in_Almaty()
    {
        var registry = new ScheduleRegistry(new ScheduleOptions(), TimeProvider.System);
        var from = new DateTimeOffset(2026, 12, 1, 0, 0, 0, Almaty);
        var times = TriggerFireTimes.ComputeBetween(TriggerOf(registry, ScheduleRegistry.Ingest), null!, from.AddTicks(-1), from.AddMonths(1).AddTicks(-1));

        Assert.Equal(31 * 24 * 4, times.Count);
        Assert.Equal(from, times[0]);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 45, 0, Almaty), times[^1]);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(15), pair.Second - pair.First));
    }

    [Fact]
    public void Monthly_report_fires_at_eight_on_the_fifth_working_day_of_each_month()
    {
        using var warehouse = new EtlHarness();
        var registry = new ScheduleRegistry(new ScheduleOptions(), TimeProvider.System);
        var calendar = registry.OnlyOn(CorrScheduler.ReportDays(warehouse.Session, 5));
        var year = new DateTimeOffset(2027, 1, 1, 0, 0, 0, Almaty);

        var times = TriggerFireTimes.ComputeBetween(TriggerOf(registry, ScheduleRegistry.MonthlyReport), calendar, year, year.AddYears(1));

        Assert.Equal(12, times.Count);
        Assert.All(times, t => Assert.Equal(new TimeSpan(8, 0, 0), t.ToOffset(Almaty).TimeOfDay));
        Assert.Equal(Enumerable.Range(1, 12), times.Select(t => t.ToOffset(Almaty).Month));
        var days = times.Select(t => DateOnly.FromDateTime(t.ToOffset(Almaty).DateTime)).ToList();
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
    public void Budget_workbook_fires_on_its_configured_dates()
    {
        var options = new ScheduleOptions { BudgetWorkbook = new JobSchedule { Cron = "0 0 9 1,15 9 ?" } };
        var registry = new ScheduleRegistry(options, TimeProvider.System);
        var year = new DateTimeOffset(2027, 1, 1, 0, 0, 0, Almaty);

        var times = TriggerFireTimes.ComputeBetween(TriggerOf(registry, ScheduleRegistry.BudgetWorkbook), null!, year, year.AddYears(1));

        Assert.Equal([new DateTimeOffset(2027, 9, 1, 9, 0, 0, Almaty), new DateTimeOffset(2027, 9, 15, 9, 0, 0, Almaty)], times);
    }

    [Fact]
    public void Triggers_retry_with_exponential_backoff_and_fire_once_after_a_misfire()
    {
        var options = new ScheduleOptions { Retry = new RetryOptions { Attempts = 3, InitialDelaySeconds = 10, Factor = 3, MaxDelaySeconds = 60 } };
        var registry = new ScheduleRegistry(options, TimeProvider.System);
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
        var jobs = new ScheduleRegistry(options, TimeProvider.System).Jobs();

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
        var jobs = new ScheduleRegistry(options, TimeProvider.System, sources).Jobs();

        var accounting = jobs.Single(j => j.Job.Key.Equals(PullJob.KeyOf("accounting")));
        Assert.Equal("accounting", accounting.Job.JobDataMap.GetString(PullJob.SourceKey));
        Assert.Equal("0 10 * * * ?", Assert.IsAssignableFrom<Quartz.ICronTrigger>(accounting.Trigger).CronExpressionString);
        Assert.Equal("Asia/Almaty", ((Quartz.ICronTrigger)accounting.Trigger!).TimeZone.Id);
        var registry = jobs.Single(j => j.Job.Key.Equals(PullJob.KeyOf("registry")));
        Assert.Null(registry.Trigger);
        Assert.True(registry.Job.Durable);
    }
}
