using System.Globalization;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Budget;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Production;
using CorrAnalytics.Warehouse.Access;
using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>
/// A report rendered in each configured language (job data "languages", "formats") into
/// &lt;data&gt;/reports/&lt;kind&gt;/&lt;period&gt;, the folder <c>corr report</c> uses too.
/// </summary>
public abstract class ReportJob(JobEnvironment environment) : IJob
{
    public const string LanguagesKey = "languages";
    public const string FormatsKey = "formats";

    protected JobEnvironment Environment { get; } = environment;

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var map = context.MergedJobDataMap;
        var languages = (map.GetString(LanguagesKey) ?? "kk,ru,en").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var formats = (map.GetString(FormatsKey) ?? "pdf,xlsx").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        var firedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, Environment.TimeZone).DateTime);
        using var session = Environment.OpenWarehouse(Kind);
        var files = 0;
        foreach (var code in languages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files += Write(session, firedOn, ReportLanguage.Parse(code), formats).Files.Count;
        }
        context.Result = new JobSummary($"{Kind} {Period(firedOn)}: {files} file(s) in {string.Join(", ", languages)} under {Folder(firedOn)}");
        return ValueTask.CompletedTask;
    }

    protected abstract string Kind { get; }

    protected abstract string Period(DateOnly firedOn);

    protected abstract ReportOutput Write(WarehouseSession session, DateOnly firedOn, ReportLanguage language, IReadOnlySet<string> formats);

    protected string Folder(DateOnly firedOn) => Path.Combine(Environment.ReportsDir, Kind, Period(firedOn));

    protected static DateOnly PreviousMonth(DateOnly firedOn) => new DateOnly(firedOn.Year, firedOn.Month, 1).AddMonths(-1);
}

/// <summary>The monthly ministry report for the month before the one it fires in.</summary>
[DisallowConcurrentExecution]
public sealed class MonthlyReportJob(JobEnvironment environment) : ReportJob(environment)
{
    protected override string Kind => "monthly";

    protected override string Period(DateOnly firedOn) => $"{PreviousMonth(firedOn):yyyy-MM}";

    protected override ReportOutput Write(WarehouseSession session, DateOnly firedOn, ReportLanguage language, IReadOnlySet<string> formats) =>
        new MonthlyReportWriter(session, Environment.Clock).Write(PreviousMonth(firedOn), language, formats, Folder(firedOn));
}

/// <summary>The production output analysis for the month before the one it fires in.</summary>
[DisallowConcurrentExecution]
public sealed class ProductionReportJob(JobEnvironment environment) : ReportJob(environment)
{
    protected override string Kind => "production";

    protected override string Period(DateOnly firedOn) => $"{PreviousMonth(firedOn):yyyy-MM}";

    protected override ReportOutput Write(WarehouseSession session, DateOnly firedOn, ReportLanguage language, IReadOnlySet<string> formats) =>
        new ProductionReportWriter(session, Environment.Clock).Write(PreviousMonth(firedOn), language, formats, Folder(firedOn));
}

/// <summary>The budget planning workbook for the year after the one it fires in.</summary>
[DisallowConcurrentExecution]
public sealed class BudgetWorkbookJob(JobEnvironment environment) : ReportJob(environment)
{
    protected override string Kind => "budget";

    protected override string Period(DateOnly firedOn) => (firedOn.Year + 1).ToString(CultureInfo.InvariantCulture);

    protected override ReportOutput Write(WarehouseSession session, DateOnly firedOn, ReportLanguage language, IReadOnlySet<string> formats) =>
        new BudgetWorkbookWriter(session, Environment.Clock).Write(new BudgetWorkbookOptions(firedOn.Year + 1, language, Environment.BudgetPassword), Folder(firedOn));
}
