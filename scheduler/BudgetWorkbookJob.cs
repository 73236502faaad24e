using CorrAnalytics.Warehouse.Time;
using System.Globalization;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Budget;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Warehouse.Access;
using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>The budget planning workbook for the year after the one it fires in.</summary>
[DisallowConcurrentExecution]
public sealed class BudgetWorkbookJob(JobEnvironment environment) : ReportJob(environment)
{
    protected override string Kind => "budget";

    /// <summary>The period a firing on <paramref name="firedOn"/> reports.</summary>
    public static string PeriodOf(DateOnly firedOn) => (firedOn.Year + 1).ToString(CultureInfo.InvariantCulture);

    protected override string Period(DateOnly firedOn) => PeriodOf(firedOn);

    protected override ReportOutput Write(WarehouseSession session, ProductClock clock, DateOnly firedOn, ReportLanguage language, IReadOnlySet<string> formats) =>
        new BudgetWorkbookWriter(session, clock).Write(new BudgetWorkbookOptions(firedOn.Year + 1, language, Environment.BudgetPassword), Folder(firedOn));
}
