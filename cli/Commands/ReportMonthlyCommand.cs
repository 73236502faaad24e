using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Reports.Monthly;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr report monthly</c>: the monthly ministry report.</summary>
public sealed class ReportMonthlyCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console)
    : PeriodReportCommand<ReportMonthlySettings>(configuration, clock, console, "monthly", (session, at, period, language, formats, folder, department) =>
        new MonthlyReportWriter(session, at, configuration.Publication).Write(period, language, formats, folder, department));
