using Quartz;
using Quartz.Impl.Calendar;

namespace CorrAnalytics.Scheduler;

/// <summary>One scheduled job: its detail, its trigger (none for a job only chained) and, in words, when it runs.</summary>
public sealed record ScheduledJob(IJobDetail Job, ITrigger? Trigger, string When);
