using CorrAnalytics.Warehouse.Time;
using Quartz;
using Quartz.Impl.Calendar;

namespace CorrAnalytics.Scheduler;

/// <summary>
/// The one schedule registry: every job, its cron trigger in the configured time zone, the
/// working-day calendars, the retry policy and the misfire rule, built from <see cref="ScheduleOptions"/>.
/// </summary>
public sealed class ScheduleRegistry(ScheduleOptions options, ProductClock clock, IReadOnlyDictionary<string, Etl.Pull.SourceOptions>? sources = null)
{
    public const string Group = "corr";
    public static readonly JobKey Ingest = new("ingest", Group);
    public static readonly JobKey Refresh = new("refresh", Group);
    public static readonly JobKey Deliver = new("deliver", Group);
    public static readonly JobKey MonthlyReport = new("monthly-report", Group);
    public static readonly JobKey ProductionReport = new("production-report", Group);
    public static readonly JobKey BudgetWorkbook = new("budget-workbook", Group);
    public static readonly JobKey Backup = new("backup", Group);

    public TimeZoneInfo Zone => clock.Zone;

    public RetryPolicy RetryPolicy => RetryPolicy.Exponential(
        options.Retry.Attempts, TimeSpan.FromSeconds(options.Retry.InitialDelaySeconds), options.Retry.Factor, TimeSpan.FromSeconds(options.Retry.MaxDelaySeconds));

    public static string CalendarName(int workingDay) => $"working-day-{workingDay}";

    /// <summary>The working days named by any trigger (5 for "the 5th working day").</summary>
    public IReadOnlyList<int> WorkingDays =>
        Configured().Where(c => c.Schedule.Enabled && c.Schedule.WorkingDay is not null).Select(c => c.Schedule.WorkingDay!.Value).Distinct().ToList();

    /// <summary>
    /// Every job: durable where nothing but a chain fires it, and asking for recovery, so that in a
    /// cluster a node that dies mid-run leaves its job to another (in memory, recovery never arises).
    /// </summary>
    public IReadOnlyList<ScheduledJob> Jobs()
    {
        var jobs = new List<ScheduledJob>
        {
            new(JobBuilder.Create<RefreshJob>().WithIdentity(Refresh).StoreDurably().RequestRecovery()
                .WithDescription("refresh the marts and run the checks").Build(), null, "after an ingest that loaded something"),
            new(JobBuilder.Create<DeliverJob>().WithIdentity(Deliver).StoreDurably().RequestRecovery()
                .WithDescription("deliver the month's reports to the configured recipients").Build(), null, "after a monthly or production report job, when recipients are configured"),
        };
        foreach (var (key, type, schedule, description, periodOf) in Configured().Where(c => c.Schedule.Enabled))
        {
            var job = JobBuilder.Create().OfType(type).WithIdentity(key).WithDescription(description).RequestRecovery()
                .UsingJobData(ReportJob.LanguagesKey, string.Join(',', schedule.Languages ?? options.Languages ?? ["kk", "ru", "en"]))
                .UsingJobData(ReportJob.FormatsKey, string.Join(',', schedule.Formats ?? ["pdf", "xlsx"]))
                .Build();
            jobs.Add(new ScheduledJob(job, Trigger(key, schedule), When(schedule), periodOf));
        }
        foreach (var (name, source) in sources ?? new Dictionary<string, Etl.Pull.SourceOptions>())
        {
            var key = PullJob.KeyOf(name);
            var job = JobBuilder.Create<PullJob>().WithIdentity(key).RequestRecovery().WithDescription($"pull {source.Kind} from source {name}")
                .UsingJobData(PullJob.SourceKey, name).StoreDurably().Build();
            var scheduled = options.Pulls.GetValueOrDefault(name) is { Enabled: true, Cron.Length: > 0 } schedule ? schedule : null;
            jobs.Add(new ScheduledJob(job, scheduled is null ? null : Trigger(key, scheduled), scheduled is null ? "by corr schedule run --once only" : When(scheduled)));
        }
        return jobs;
    }

    /// <summary>
    /// Quartz's HolidayCalendar that leaves only the given days (the n-th working day of each month,
    /// from core.dim_date) between the first and the last of them.
    /// </summary>
    public HolidayCalendar OnlyOn(IReadOnlyCollection<DateOnly> days)
    {
        var calendar = new HolidayCalendar { TimeZone = Zone, Description = "report days" };
        if (days.Count == 0)
            return calendar;
        var keep = days.ToHashSet();
        for (var day = new DateOnly(days.Min().Year, days.Min().Month, 1); day <= days.Max(); day = day.AddDays(1))
            if (!keep.Contains(day))
                calendar.AddExcludedDay(day);
        return calendar;
    }

    private ITrigger Trigger(JobKey job, JobSchedule schedule)
    {
        var cron = CronScheduleBuilder.Create(schedule.Cron).InTimeZone(Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed);
        var trigger = TriggerBuilder.Create(clock).WithIdentity(job.Name, Group).ForJob(job)
            .WithDescription(When(schedule))
            .WithSchedule(cron)
            .WithRetryPolicy(RetryPolicy)
            .WithMisfireThreshold(TimeSpan.FromSeconds(options.MisfireThresholdSeconds));
        if (schedule.WorkingDay is { } n)
            trigger = trigger.WithCalendarName(CalendarName(n));
        return trigger.Build();
    }

    private static string When(JobSchedule schedule) =>
        $"cron '{schedule.Cron}'" + (schedule.WorkingDay is { } n ? $" on the {Ordinal(n)} working day of the month" : "");

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private IEnumerable<(JobKey Key, Type Type, JobSchedule Schedule, string Description, Func<DateOnly, string>? PeriodOf)> Configured() =>
    [
        (Ingest, typeof(IngestJob), options.Ingest, "load the inbox", null),
        (MonthlyReport, typeof(MonthlyReportJob), options.MonthlyReport, "monthly ministry report for the previous month", MonthlyReportJob.PeriodOf),
        (ProductionReport, typeof(ProductionReportJob), options.ProductionReport, "production report for the previous month", ProductionReportJob.PeriodOf),
        (BudgetWorkbook, typeof(BudgetWorkbookJob), options.BudgetWorkbook, "budget planning workbook for next year", BudgetWorkbookJob.PeriodOf),
        (Backup, typeof(BackupJob), options.Backup, "back up the warehouse and the publication manifests", null),
    ];
}
