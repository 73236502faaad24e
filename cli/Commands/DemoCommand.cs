using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Budget;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Reports.Production;
using CorrAnalytics.Sample;
using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr demo</c>: a national sample of the last two years, loaded into a fresh warehouse, and every report of its last month (and next year's budget workbook) in kk, ru and en.</summary>
public sealed class DemoCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<CorrSettings>
{
    public override int Execute(CommandContext context, CorrSettings settings, CancellationToken cancellationToken)
    {
        var warehouse = settings.WarehouseOptions(configuration);
        FolderGuard.ClaimForDemo(warehouse.DataDir);
        var inbox = Path.Combine(warehouse.DataDir, "inbox");
        var to = clock.CurrentMonth.Previous;
        var from = to.AddMonths(-23);
        var started = clock.GetTimestamp();

        var sample = ConsoleProgress.Run(console, "Sample", report => new SampleGenerator(new SampleOptions(inbox, from, to), report).Generate());
        console.MarkupLineInterpolated($"Sample: {sample.Files:N0} files for {sample.Facilities} facilities, {from}..{to}, in {inbox}.");

        using var session = WarehouseSession.OpenWriter(warehouse, "corr demo", clock);
        new WarehouseInitializer(session, clock).Initialize();
        var result = ConsoleProgress.Run(console, "Loading", report =>
            new EtlRunner(session, new EtlOptions(warehouse.DataDir) { SettleTime = TimeSpan.Zero, MemoryLimitMegabytes = configuration.LoadMemoryMegabytes }, clock,
                new Progress<EtlProgress>(p => report.Report(new(p.FileName, p.Done, p.Total, p.Rows)))).Run(cancellationToken));
        console.MarkupLineInterpolated(
            $"Loaded {result.Loaded:N0} of {result.Files.Count:N0} files ({result.Files.Sum(f => f.Loaded):N0} rows, {result.Files.Sum(f => f.Rejected):N0} rejected) into {warehouse.DatabasePath}.");
        console.MarkupLineInterpolated($"Checks: {result.Checks.Count(c => c.Passed)} of {result.Checks.Count} passed.");

        var period = to;
        var reports = ReportFolders.Root(warehouse.DataDir);
        var both = new HashSet<string> { "pdf", "xlsx" };
        foreach (var language in ReportLanguage.All)
        {
            var monthly = new MonthlyReportWriter(session, clock, configuration.Publication).Write(period, language, both, ReportFolders.For(warehouse.DataDir, "monthly", period.ToString()));
            var production = new ProductionReportWriter(session, clock, configuration.Publication).Write(period, language, both, ReportFolders.For(warehouse.DataDir, "production", period.ToString()));
            var budget = new BudgetWorkbookWriter(session, clock).Write(new BudgetWorkbookOptions(to.Year + 1, language), ReportFolders.For(warehouse.DataDir, "budget", $"{to.Year + 1}"));
            console.MarkupLineInterpolated($"{language.Code}: {string.Join(", ", monthly.Files.Concat(production.Files).Concat(budget.Files).Select(Path.GetFileName))}");
        }
        console.MarkupLineInterpolated($"Reports are under {reports} (monthly, production, budget). Done in {clock.GetElapsedTime(started).TotalSeconds:0} s.");
        console.MarkupLine($"Next: [bold]./corr etl batches --data {Markup.Escape(warehouse.DataDir)}[/] to see what was loaded; files are archived under {Markup.Escape(Path.Combine(warehouse.DataDir, "archive"))}.");
        return result.Files.Any(f => f.Status is FileStatus.Failed) ? 1 : 0;
    }
}
