using Quartz;
using Quartz.Impl.Calendar;

namespace CorrAnalytics.Scheduler;

/// <summary>
/// One scheduled job: its detail, its trigger (none for a job only chained), in words when it runs,
/// and, for a report, the period a firing on a given day reports.
/// </summary>
public sealed record ScheduledJob(IJobDetail Job, ITrigger? Trigger, string When, Func<DateOnly, string>? PeriodOf = null);
