using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Common;
using CorrAnalytics.Warehouse.Queries.Status;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr status</c>: freshness per source, completeness month by month, the inbox backlog, whether the marts are behind, refused files, last job runs.</summary>
public sealed class StatusCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<CorrSettings>
{
    public override int Execute(CommandContext context, CorrSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr status", console);
        var zone = configuration.TimeZone;
        var l = Labels;

        console.Write(new Rule(Markup.Escape(l["console.status.freshness"])) { Justification = Justify.Left });
        var table = new Table().AddColumns(l["console.col.source"], l["console.col.latest_slice"], l.Format("console.col.last_loaded", zone.Id),
            l["console.col.files"], l["console.col.rows"], l["console.col.rejected"]);
        foreach (var row in ReportQueries.Rows<FreshnessRow>(session))
            table.AddRow(ConsoleText.Of(row.Kind, row.LatestSlice, ConsoleText.Local(row.LastLoadedAt, zone), row.Files, row.Rows, row.Rejected));
        console.Write(table);

        Completeness(session, zone);
        Backlog(settings.ResolveDataDir(configuration), zone);
        var refresh = ReportQueries.Single<RefreshRow>(session);
        if (refresh.LastLoad is { } load && (refresh.LastRefresh is not { } refreshed || refreshed < load))
            console.MarkupLineInterpolated($"[yellow]{l.Format("console.status.marts_behind", refresh.LastBatch!, Minute(load, zone))}[/]");
        else if (refresh.LastRefresh is { } last)
            console.MarkupLineInterpolated($"{l.Format("console.status.marts_current", Minute(last, zone))}");

        var problems = ReportQueries.Single<ProblemsRow>(session);
        var quarantined = CorrAnalytics.Etl.Load.QuarantinedFile.In(Path.Combine(settings.ResolveDataDir(configuration), "quarantine")).Count;
        console.MarkupLineInterpolated($"{l.Format("console.status.problems", quarantined, problems.Failed!, problems.Unbalanced!)}");
        if (new CorrAnalytics.Etl.Archive.ArchiveCatalogue(settings.ResolveDataDir(configuration)).Unreferenced(session) is { Count: > 0 } lost)
            console.MarkupLineInterpolated($"[red]{l.Format("console.archive.unreferenced", lost.Count)}[/]");

        Publications(session, zone);
        Deliveries(session, zone);

        console.Write(new Rule(Markup.Escape(l["console.status.jobs"])) { Justification = Justify.Left });
        var runs = ReportQueries.Rows<JobRunsRow>(session);
        if (runs.Count == 0)
            console.MarkupLineInterpolated($"{l["console.status.no_jobs"]}");
        else
        {
            var jobs = new Table().AddColumns(l["console.col.job"], l["console.col.why"], l.Format("console.col.started", zone.Id), l.Format("console.col.finished", zone.Id),
                l["console.col.outcome"], l["console.col.note"]);
            foreach (var row in runs)
                jobs.AddRow(ConsoleText.Of(row.Job, Cause(row), ConsoleText.Local(row.StartedAt, zone), ConsoleText.Local(row.FinishedAt, zone), row.Outcome, row.Note));
            console.Write(jobs);
        }
        return 0;
    }

    /// <summary>The latest publication of each report and whether its period has been revised since (docs/history.md).</summary>
    private void Publications(CorrAnalytics.Warehouse.Access.WarehouseSession session, TimeZoneInfo zone)
    {
        var l = Labels;
        console.Write(new Rule(Markup.Escape(l["console.status.publications"])) { Justification = Justify.Left });
        var rows = ReportQueries.Rows<PublicationsRow>(session);
        if (rows.Count == 0)
        {
            console.MarkupLineInterpolated($"{l["console.status.no_publications"]}");
            return;
        }
        var table = new Table().AddColumns(ConsoleText.Columns(l, "report", "period", "language", "publication")
            .Concat([Markup.Escape(l.Format("console.col.generated", zone.Id))]).Concat(ConsoleText.Columns(l, "data_version", "since")).ToArray());
        foreach (var row in rows)
        {
            var since = row.Kind == "monthly"
                ? Reports.Publications.Revisions.Of(session, CorrAnalytics.Warehouse.Time.YearMonth.Parse(row.Period!), l, row.Language) is { Count: > 0 } revised
                    ? $"[yellow]{Markup.Escape(l.Format("console.status.revised", revised.Count))}[/]"
                    : Markup.Escape(l["console.status.unrevised"])
                : row.FilesSince > 0
                    ? $"[yellow]{Markup.Escape(l.Format("console.status.files_since", row.FilesSince))}[/]"
                    : Markup.Escape(l["console.status.unchanged"]);
            table.AddRow([.. ConsoleText.Of(row.Kind, row.Period, row.Language, row.PublicationId, ConsoleText.Local(row.GeneratedAt, zone), row.DataVersion), since]);
        }
        console.Write(table);
    }

    /// <summary>The deliveries not yet through (failed, refused, left sending) and the last ten (README, “Delivering the reports”); nothing when none was ever made.</summary>
    private void Deliveries(CorrAnalytics.Warehouse.Access.WarehouseSession session, TimeZoneInfo zone)
    {
        var rows = ReportQueries.Rows<DeliveriesRow>(session);
        if (rows.Count == 0)
            return;
        var l = Labels;
        console.Write(new Rule(Markup.Escape(l["console.status.deliveries"])) { Justification = Justify.Left });
        var table = new Table().AddColumns(ConsoleText.Columns(l, "recipient", "address", "report", "period", "language", "scope", "publication", "status", "tries")
            .Concat([Markup.Escape(l.Format("console.col.finished", zone.Id)), Markup.Escape(l["console.col.note"])]).ToArray());
        foreach (var row in rows)
        {
            var status = Markup.Escape(l[$"console.delivery.{row.Status}"]);
            table.AddRow([.. ConsoleText.Of(row.Recipient, row.Address, row.Kind, row.Period, row.Language, row.Scope, row.PublicationId),
                row.Status == "sent" ? $"[green]{status}[/]" : $"[red]{status}[/]", .. ConsoleText.Of(row.Attempts, ConsoleText.Local(row.LastAt, zone), row.Error)]);
        }
        console.Write(table);
        var open = rows.Count(r => r.Status != "sent");
        if (open > 0)
            console.MarkupLineInterpolated($"[yellow]{l.Format("console.status.deliveries_open", open)}[/]");
    }

    /// <summary>
    /// Per source, every month from the oldest incomplete one of the last 13 to the current month
    /// (or the last three when all are complete): a missing or refused file always shows.
    /// </summary>
    private void Completeness(CorrAnalytics.Warehouse.Access.WarehouseSession session, TimeZoneInfo zone)
    {
        var today = clock.Today;
        var current = new DateTime(today.Year, today.Month, 1);
        var months = Enumerable.Range(0, 13).Select(i => current.AddMonths(i - 12)).Select(m => (Month: m,
            Missing: ReportQueries.Rows<CompletenessRow>(session, m).GroupBy(r => r.Source!).ToDictionary(g => g.Key, g => g.Count()),
            Sources: ReportQueries.Rows<CorrAnalytics.Warehouse.Queries.Monthly.SourcesRow>(session, m).ToDictionary(r => r.Source!))).ToList();
        // Months before the warehouse's first data are not "incomplete"; with no data in the window, the last three show.
        var start = months.FindIndex(m => m.Sources.Values.Any(x => x.Rows > 0));
        var first = start < 0 ? -1 : months.Take(12).Select((m, i) => (m, i)).Where(x => x.i >= start)
            .Where(x => x.m.Missing.Count > 0 || x.m.Sources.Values.Any(v => v.Rows == 0)).Select(x => x.i).DefaultIfEmpty(-1).First();
        var shown = months.Skip(first < 0 ? 10 : first).ToList();
        var l = Labels;
        console.Write(new Rule(Markup.Escape(first < 0 ? l["console.status.complete_months"] : l.Format("console.status.incomplete_since", $"{months[first].Month:yyyy-MM}")))
            { Justification = Justify.Left });
        var table = new Table().AddColumns(l["console.col.month"], l["console.col.population"], l["console.col.staffing"], l["console.col.payments"], l["console.col.forms"]);
        foreach (var (month, missing, sources) in shown)
        {
            string Cell(string source)
            {
                if (sources.TryGetValue(source, out var s) && s.Rows == 0 && s.RefusedBatch is { } batch)
                    return $"[red]{Markup.Escape(l.Format("console.cell.refused", batch))}[/]";
                if (sources.TryGetValue(source, out s) && s.Rows == 0)
                    return month == current ? $"[grey]{Markup.Escape(l["console.cell.not_yet"])}[/]" : $"[red]{Markup.Escape(l["console.cell.nothing"])}[/]";
                return missing.TryGetValue(source, out var n) ? $"[yellow]{Markup.Escape(l.Format("console.cell.missing", n))}[/]" : $"[green]{Markup.Escape(l["console.cell.complete"])}[/]";
            }
            table.AddRow(Markup.Escape($"{month:yyyy-MM}{(month == current ? " " + l["console.cell.current"] : "")}"), Cell("population"), Cell("staffing"), Cell("budget_exec"), Cell("production"));
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
        var cause = Labels[!oneOff ? "console.cause.schedule" : row.Job?.Split(" @ ")[0] == "refresh" ? "console.cause.after_ingest" : "console.cause.once"];
        return row.Attempt is > 0 ? Labels.Format("console.cause.retry", cause, row.Attempt, configuration.Schedule.Retry.Attempts) : cause;
    }

    /// <summary>Files waiting in the inbox: how many, and since when the oldest waits.</summary>
    private void Backlog(string dataDir, TimeZoneInfo zone)
    {
        var inbox = new DirectoryInfo(Path.Combine(dataDir, "inbox"));
        var waiting = inbox.Exists ? inbox.GetFiles() : [];
        if (waiting.Length == 0)
            console.MarkupLineInterpolated($"{Labels["console.status.inbox_empty"]}");
        else
        {
            console.MarkupLineInterpolated(
                $"[yellow]{Labels.Format("console.status.inbox_waiting", waiting.Length, Minute(waiting.Min(f => f.LastWriteTimeUtc), zone), zone.Id)}[/]");
            // As the next load would see them, without changing what the load remembers of them.
            var scan = new CorrAnalytics.Etl.Inbox.InboxScanner(clock, configuration.SettleTime, CorrAnalytics.Etl.Inbox.InboxWatch.Open(dataDir, readOnly: true)).Scan(inbox.FullName);
            WaitingFilesView.Write(console, Labels, scan.NotReady);
        }
    }

    /// <summary>The console's labels, in Corr:ConsoleLanguage.</summary>
    private CorrAnalytics.Reports.Translations.Labels Labels => configuration.ConsoleLabels;

    private static string Minute(DateTime utc, TimeZoneInfo zone) => $"{ConsoleText.Local(utc, zone):yyyy-MM-dd HH:mm}";
}
