using CorrAnalytics.Warehouse.Time;
using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>The day a firing was scheduled for, in the product's zone: what a report job's period follows from (a retry keeps the day it was meant for).</summary>
internal static class Firing
{
    public static DateOnly Day(IJobExecutionContext context, ProductClock clock) =>
        clock.DateOf(context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
}
