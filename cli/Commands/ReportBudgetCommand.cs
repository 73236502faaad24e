using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Budget;
using CorrAnalytics.Reports.Common;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr report budget</c>: the budget planning workbook.</summary>
public sealed class ReportBudgetCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<ReportBudgetSettings>
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
        var output = ConsoleProgress.Spin(console, Markup.Escape(l.Format("console.report.rendering_budget", year, settings.Lang)),
            () => new BudgetWorkbookWriter(session, clock, configuration.TimeZone).Write(new BudgetWorkbookOptions(year, ReportLanguage.Parse(settings.Lang), Password(settings)), folder));
        console.MarkupLineInterpolated($"{l.Format("console.report.wrote", output.Files[0])}");
        console.MarkupLineInterpolated($"{l.Format("console.report.manifest", output.Manifest)}");
        return 0;
    }
}
