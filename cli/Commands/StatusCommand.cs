using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Common;
using CorrAnalytics.Warehouse.Queries.Status;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr status</c>: freshness per source, completeness of the latest months, refused files, last job runs.</summary>
public sealed class StatusCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<CorrSettings>
{
    public override int Execute(CommandContext context, CorrSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr status");
        var zone = configuration.TimeZone;

        console.Write(new Rule("Freshness per source") { Justification = Justify.Left });
        var table = new Table().AddColumns("Source", "Latest slice", $"Last loaded ({zone.Id})", "Files", "Rows", "Rejected");
        foreach (var row in ReportQueries.Rows<FreshnessRow>(session))
            table.AddRow(ConsoleText.Of(row.Kind, row.LatestSlice, ConsoleText.Local(row.LastLoadedAt, zone), row.Files, row.Rows, row.Rejected));
        console.Write(table);

        console.Write(new Rule("Completeness of the latest months") { Justification = Justify.Left });
        var latest = ReportQueries.Single<LatestPopulationRow>(session).LatestDate;
        var completeness = new Table().AddColumns("Month", "Population", "Staffing", "Payments", "П-1 forms");
        if (latest is { } last)
            for (var i = 2; i >= 0; i--)
            {
                var month = new DateTime(last.Year, last.Month, 1).AddMonths(-i);
                var missing = ReportQueries.Rows<CompletenessRow>(session, month).GroupBy(r => r.Source!).ToDictionary(g => g.Key, g => g.Count());
                string Cell(string source) => missing.TryGetValue(source, out var n) ? $"[yellow]{n} missing[/]" : "[green]complete[/]";
                completeness.AddRow($"{month:yyyy-MM}", Cell("population"), Cell("staffing"), Cell("budget_exec"), Cell("production"));
            }
        console.Write(completeness);

        var problems = ReportQueries.Single<ProblemsRow>(session);
        var quarantined = CorrAnalytics.Etl.Load.QuarantinedFile.In(Path.Combine(settings.ResolveDataDir(configuration), "quarantine")).Count;
        console.MarkupLineInterpolated(
            $"Quarantined files: {quarantined} (corr etl quarantine); failed loads: {problems.Failed}; batches whose rows read ≠ loaded + rejected: {problems.Unbalanced}.");

        console.Write(new Rule("Last job runs") { Justification = Justify.Left });
        var runs = ReportQueries.Rows<JobRunsRow>(session);
        if (runs.Count == 0)
            console.MarkupLine("No scheduled job has run yet.");
        else
        {
            var jobs = new Table().AddColumns("Job", "Trigger", "Retry", $"Started ({zone.Id})", $"Finished ({zone.Id})", "Outcome", "Error or result");
            foreach (var row in runs)
                jobs.AddRow(ConsoleText.Of(row.Job, row.TriggerName, row.Attempt, ConsoleText.Local(row.StartedAt, zone), ConsoleText.Local(row.FinishedAt, zone), row.Outcome, row.Note));
            console.Write(jobs);
        }
        return 0;
    }
}
