using CorrAnalytics.Reports;
using Delivery = CorrAnalytics.Reports.Delivery;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Publications;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;
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

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        JobSummary.Run(context, () => Render(context, cancellationToken));

    private void Render(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var map = context.MergedJobDataMap;
        var languages = (map.GetString(LanguagesKey) ?? "kk,ru,en").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var formats = (map.GetString(FormatsKey) ?? "pdf,xlsx").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        var firedOn = Firing.Day(context, Environment.Clock);
        using var session = Environment.OpenWarehouse(Kind);
        var files = 0;
        foreach (var code in languages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var language = ReportLanguage.Parse(code);
            var kindFormats = Kind == "budget" ? (IReadOnlySet<string>)new HashSet<string> { "xlsx" } : formats;
            files += new Publisher(session, Environment.Clock).Publish(new PublicationRequest(Kind, Period(firedOn), language, kindFormats, "schedule"),
                clock => Write(session, clock, firedOn, language, formats)).Output.Files.Count;
        }
        context.Result = new JobSummary($"{Kind} {Period(firedOn)}: {files} file(s) in {string.Join(", ", languages)} under {Folder(firedOn)}")
        {
            Deliver = Environment.Delivers && Delivery.DeliveryOptions.Deliverable.Contains(Kind) ? (Kind, Period(firedOn)) : null,
        };
    }

    protected abstract string Kind { get; }

    protected abstract string Period(DateOnly firedOn);

    /// <summary>Writes the report's files, stamped with <paramref name="clock"/>'s time (the publication's).</summary>
    protected abstract ReportOutput Write(WarehouseSession session, ProductClock clock, DateOnly firedOn, ReportLanguage language, IReadOnlySet<string> formats);

    protected string Folder(DateOnly firedOn) => ReportFolders.For(Environment.Warehouse.DataDir, Kind, Period(firedOn));

    /// <summary>A monthly report fired on a day reports the month before it (a December report fires in January).</summary>
    protected static YearMonth PreviousMonth(DateOnly firedOn) => YearMonth.Of(firedOn).Previous;
}
