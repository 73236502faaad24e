using System.Globalization;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Warehouse.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr status</c>: freshness per source, completeness of the latest months, refused files, last job runs.</summary>
public sealed class StatusCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<CorrSettings>
{
    public override int Execute(CommandContext context, CorrSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr status");

        console.Write(new Rule("Freshness per source") { Justification = Justify.Left });
        var fresh = ReportQueries.Run(session, "status/freshness");
        var table = new Table().AddColumns("Source", "Latest slice", "Last loaded (UTC)", "Files", "Rows", "Rejected");
        foreach (var row in fresh.Rows)
            table.AddRow(row.Select(Text).ToArray());
        console.Write(table);

        console.Write(new Rule("Completeness of the latest months") { Justification = Justify.Left });
        var latest = session.Scalar<DateTime?>("select max(date)::timestamp from core.fact_population_daily");
        var completeness = new Table().AddColumns("Month", "Population", "Staffing", "Payments", "П-1 forms");
        if (latest is { } last)
            for (var i = 2; i >= 0; i--)
            {
                var month = new DateTime(last.Year, last.Month, 1).AddMonths(-i);
                var missing = ReportQueries.Run(session, "monthly/completeness", month).Rows.GroupBy(r => (string)r[0]!).ToDictionary(g => g.Key, g => g.Count());
                string Cell(string source) => missing.TryGetValue(source, out var n) ? $"[yellow]{n} missing[/]" : "[green]complete[/]";
                completeness.AddRow($"{month:yyyy-MM}", Cell("population"), Cell("staffing"), Cell("budget_exec"), Cell("production"));
            }
        console.Write(completeness);

        var problems = ReportQueries.Run(session, "status/problems");
        console.MarkupLineInterpolated(
            $"Quarantined files: {problems.Rows[0][0]}; failed loads: {problems.Rows[0][1]}; batches whose rows read ≠ loaded + rejected: {problems.Rows[0][2]}.");

        console.Write(new Rule("Last job runs") { Justification = Justify.Left });
        var runs = ReportQueries.Run(session, "status/job_runs");
        if (runs.Rows.Count == 0)
            console.MarkupLine("No scheduled job has run yet.");
        else
        {
            var jobs = new Table().AddColumns("Job", "Trigger", "Retry", "Started (UTC)", "Finished (UTC)", "Outcome", "Error or result");
            foreach (var row in runs.Rows)
                jobs.AddRow(row.Select(Text).ToArray());
            console.Write(jobs);
        }
        return 0;
    }

    private static string Text(object? value) => Markup.Escape(value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    });
}
