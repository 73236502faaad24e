using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr report production</c>: the production output analysis.</summary>
public sealed class ReportProductionCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console)
    : PeriodReportCommand<ReportProductionSettings>(configuration, clock, console, "production", (session, at, period, language, formats, folder, department) =>
        new CorrAnalytics.Reports.Production.ProductionReportWriter(session, at, configuration.Publication).Write(period, language, formats, folder, department));
