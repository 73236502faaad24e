using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Common;
using CorrAnalytics.Warehouse.Queries.Status;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr status</c>: freshness per source, completeness month by month, the inbox backlog, whether the marts are behind, refused files, last job runs.</summary>
public sealed class StatusCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<CorrSettings>
{
    public override int Execute(CommandContext context, CorrSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr status", console);
        var zone = configuration.TimeZone;

        console.Write(new Rule("Freshness per source") { Justification = Justify.Left });
        var table = new Table().AddColumns("Source", "Latest slice", $"Last loaded ({zone.Id})", "Files", "Rows", "Rejected");
        foreach (var row in ReportQueries.Rows<FreshnessRow>(session))
            table.AddRow(ConsoleText.Of(row.Kind, row.LatestSlice, ConsoleText.Local(row.LastLoadedAt, zone), row.Files, row.Rows, row.Rejected));
        console.Write(table);

        Completeness(session, zone);
        Backlog(settings.ResolveDataDir(configuration), zone);
        var refresh = ReportQueries.Single<RefreshRow>(session);
        if (refresh.LastLoad is { } load && (refresh.LastRefresh is not { } refreshed || refreshed < load))
            console.MarkupLineInterpolated($"[yellow]The marts are behind the last load (batch {refresh.LastBatch}, {ConsoleText.Local(load, zone):yyyy-MM-dd HH:mm}): run 'corr check' or let the refresh job run.[/]");
        else if (refresh.LastRefresh is { } last)
            console.MarkupLineInterpolated($"The marts are up to date (refreshed {ConsoleText.Local(last, zone):yyyy-MM-dd HH:mm}, after the last load).");

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
            var jobs = new Table().AddColumns("Job", "Why it ran", $"Started ({zone.Id})", $"Finished ({zone.Id})", "Outcome", "Error or result");
            foreach (var row in runs)
                jobs.AddRow(ConsoleText.Of(row.Job, Cause(row), ConsoleText.Local(row.StartedAt, zone), ConsoleText.Local(row.FinishedAt, zone), row.Outcome, row.Note));
            console.Write(jobs);
        }
        return 0;
    }

    /// <summary>
    /// Per source, every month from the oldest incomplete one of the last 13 to the current month
    /// (or the last three when all are complete): a missing or refused file always shows.
    /// </summary>
    private void Completeness(CorrAnalytics.Warehouse.Access.WarehouseSession session, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var current = new DateTime(today.Year, today.Month, 1);
        var months = Enumerable.Range(0, 13).Select(i => current.AddMonths(i - 12)).Select(m => (Month: m,
            Missing: ReportQueries.Rows<CompletenessRow>(session, m).GroupBy(r => r.Source!).ToDictionary(g => g.Key, g => g.Count()),
            Sources: ReportQueries.Rows<CorrAnalytics.Warehouse.Queries.Monthly.SourcesRow>(session, m).ToDictionary(r => r.Source!))).ToList();
        // Months before the warehouse's first data are not "incomplete"; with no data in the window, the last three show.
        var start = months.FindIndex(m => m.Sources.Values.Any(x => x.Rows > 0));
        var first = start < 0 ? -1 : months.Take(12).Select((m, i) => (m, i)).Where(x => x.i >= start)
            .Where(x => x.m.Missing.Count > 0 || x.m.Sources.Values.Any(v => v.Rows == 0)).Select(x => x.i).DefaultIfEmpty(-1).First();
        var shown = months.Skip(first < 0 ? 10 : first).ToList();
        console.Write(new Rule(first < 0 ? "Completeness: the last months are complete" : $"Completeness since {months[first].Month:yyyy-MM}, the oldest incomplete month of the last 13")
            { Justification = Justify.Left });
        var table = new Table().AddColumns("Month", "Population", "Staffing", "Payments", "П-1 forms");
        foreach (var (month, missing, sources) in shown)
        {
            string Cell(string source)
            {
                if (sources.TryGetValue(source, out var s) && s.Rows == 0 && s.RefusedBatch is { } batch)
                    return $"[red]refused (batch {batch})[/]";
                if (sources.TryGetValue(source, out s) && s.Rows == 0)
                    return month == current ? "[grey]not yet[/]" : "[red]nothing loaded[/]";
                return missing.TryGetValue(source, out var n) ? $"[yellow]{n} missing[/]" : "[green]complete[/]";
            }
            table.AddRow($"{month:yyyy-MM}{(month == current ? " (current)" : "")}", Cell("population"), Cell("staffing"), Cell("budget_exec"), Cell("production"));
        }
        console.Write(table);
    }

    /// <summary>
    /// What made a job run, in words: its schedule, the ingest it followed, a one-off run (--once), and
    /// which retry of how many. Quartz names one-off triggers MT_…, which says nothing to an operator.
    /// </summary>
    private string Cause(JobRunsRow row)
    {
        var oneOff = row.TriggerName?.StartsWith("MT_", StringComparison.Ordinal) == true;
        var cause = !oneOff ? "schedule" : row.Job == "refresh" ? "after an ingest" : "run once (--once)";
        return row.Attempt is > 0 ? $"{cause}, retry {row.Attempt} of {configuration.Schedule.Retry.Attempts}" : cause;
    }

    /// <summary>Files waiting in the inbox: how many, and since when the oldest waits.</summary>
    private void Backlog(string dataDir, TimeZoneInfo zone)
    {
        var inbox = new DirectoryInfo(Path.Combine(dataDir, "inbox"));
        var waiting = inbox.Exists ? inbox.GetFiles() : [];
        if (waiting.Length == 0)
            console.MarkupLine("Inbox: empty.");
        else
            console.MarkupLineInterpolated(
                $"[yellow]Inbox: {waiting.Length} file(s) waiting, the oldest since {ConsoleText.Local(waiting.Min(f => f.LastWriteTimeUtc), zone):yyyy-MM-dd HH:mm} ({zone.Id}).[/]");
    }
}
