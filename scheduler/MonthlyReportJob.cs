using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Warehouse.Access;
using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>The monthly ministry report for the month before the one it fires in.</summary>
[DisallowConcurrentExecution]
public sealed class MonthlyReportJob(JobEnvironment environment) : ReportJob(environment)
{
    protected override string Kind => "monthly";

    /// <summary>The period a firing on <paramref name="firedOn"/> reports.</summary>
    public static string PeriodOf(DateOnly firedOn) => PreviousMonth(firedOn).ToString();

    protected override string Period(DateOnly firedOn) => PeriodOf(firedOn);

    protected override ReportOutput Write(WarehouseSession session, ProductClock clock, DateOnly firedOn, ReportLanguage language, IReadOnlySet<string> formats) =>
        new MonthlyReportWriter(session, clock, Environment.Publication).Write(PreviousMonth(firedOn), language, formats, Folder(firedOn));
}
