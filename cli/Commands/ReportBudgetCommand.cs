using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Budget;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Publications;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr report budget</c>: the budget planning workbook.</summary>
public sealed class ReportBudgetCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<ReportBudgetSettings>
{
    private string? Password(ReportBudgetSettings settings)
    {
        var password = settings.Password ?? configuration.BudgetPassword;
        return string.IsNullOrEmpty(password) ? null : password;
    }

    public override int Execute(CommandContext context, ReportBudgetSettings settings, CancellationToken cancellationToken)
    {
        var year = settings.YearNumber;
        var folder = settings.Out is null
            ? Path.GetFullPath(ReportFolders.For(settings.ResolveDataDir(configuration), "budget", year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : OutputFolder.Prepare(settings.Out);
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr report budget", console);
        var l = configuration.ConsoleLabels;
        var language = ReportLanguage.Parse(settings.Lang);
        var publication = ConsoleProgress.Spin(console, Markup.Escape(l.Format("console.report.rendering_budget", year, settings.Lang)),
            () => new Publisher(session, clock).Publish(new PublicationRequest("budget", year.ToString(System.Globalization.CultureInfo.InvariantCulture), language, ["xlsx"], "cli"),
                at => new BudgetWorkbookWriter(session, at).Write(new BudgetWorkbookOptions(year, language, Password(settings)), folder)));
        PublicationLines.Write(console, l, publication, configuration.TimeZone);
        return 0;
    }
}
