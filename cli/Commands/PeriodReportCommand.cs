using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Publications;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary>A report of one month in one language: the options, the default folder, the clear error for an empty period.</summary>
public abstract class PeriodReportCommand<TSettings>(
    CorrConfiguration configuration, ProductClock clock, IAnsiConsole console, string kind,
    Func<CorrAnalytics.Warehouse.Access.WarehouseSession, ProductClock, YearMonth, ReportLanguage, IReadOnlySet<string>, string, string?, ReportOutput> write)
    : Command<TSettings> where TSettings : PeriodReportSettings
{
    public override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var period = YearMonth.Parse(settings.Period!);
        var folder = settings.Out is null ? Path.GetFullPath(ReportFolders.For(settings.ResolveDataDir(configuration), kind, period.ToString())) : OutputFolder.Prepare(settings.Out);
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, $"corr report {kind}", console);
        var formats = settings.Format.Split(',').Select(f => f.Trim().ToLowerInvariant()).ToHashSet();
        var l = configuration.ConsoleLabels;
        var language = ReportLanguage.Parse(settings.Lang);
        var asOf = settings.AsOf is null ? (long?)null : AsOf.DataVersion(session, settings.AsOf, configuration.TimeZone);
        IReadOnlyList<string?> scopes = settings.AllDepartments
            ? [null, .. session.Query(SqlResources.Sql("scopes/departments"), r => r.GetString(0), period.Last.ToDateTime(TimeOnly.MinValue))]
            : [settings.Department];
        foreach (var department in scopes)
        {
            var scope = department ?? ReportScope.NationalCode;
            Publication publication;
            try
            {
                publication = ConsoleProgress.Spin(console, Markup.Escape(l.Format($"console.report.rendering_{kind}", period, department is null ? settings.Lang : $"{department}, {settings.Lang}")),
                    () => new Publisher(session, clock).Publish(new PublicationRequest(kind, period.ToString(), language, formats, "cli", asOf, scope),
                        at => write(session, at, period, language, formats, folder, department)));
            }
            catch (ReportDataException e) when (settings.AllDepartments && department is not null)
            {
                // One department with nothing of this kind to report (no П-1 forms, say) does not stop the others.
                console.MarkupLineInterpolated($"[yellow]{l.Format("console.report.department_skipped", department, e.In(configuration.ConsoleLanguage))}[/]");
                continue;
            }
            PublicationLines.Write(console, l, publication, configuration.TimeZone);
        }
        return 0;
    }
}
