using CorrAnalytics.Warehouse.Time;
using System.Globalization;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr etl run</c>: load everything waiting in the inbox.</summary>
public sealed class EtlRunCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console, ErrorOutput error)
    : Command<EtlRunSettings>
{
    public override int Execute(CommandContext context, EtlRunSettings settings, CancellationToken cancellationToken)
    {
        var options = configuration.EtlOptions(settings.ResolveDataDir(configuration)) with
        {
            Inbox = settings.Inbox is null ? null : Path.GetFullPath(settings.Inbox),
            WaitToSettle = !settings.NoWait,
        };
        if (!Directory.Exists(options.InboxDir))
            throw new UserFacingException("console.etl.no_inbox", options.InboxDir);
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr etl run", console);
        new WarehouseInitializer(session, clock).Initialize();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var l = configuration.ConsoleLabels;
        using var interrupt = StopSignal.OnInterrupt(stop, () => console.MarkupLineInterpolated($"[yellow]{l["console.etl.stopping"]}[/]"));
        var result = ConsoleProgress.Run(console, "Loading", report =>
            new EtlRunner(session, options, clock, new Progress<EtlProgress>(p => report.Report(new(p.FileName, p.Done, p.Total, p.Rows))))
                .Run(stop.Token));

        var table = new Table().AddColumns(ConsoleText.Columns(l, "file", "status", "batch", "read", "loaded", "rejected", "message"));
        foreach (var f in result.Files.Where(f => f.Status != FileStatus.Loaded || f.Rejected > 0).Take(50))
            table.AddRow(Markup.Escape(f.FileName), Status(f.Status), f.BatchId?.ToString(CultureInfo.InvariantCulture) ?? "", N(f.Read), N(f.Loaded), N(f.Rejected), Markup.Escape(f.Message ?? ""));
        if (table.Rows.Count > 0)
            console.Write(table);
        console.MarkupLineInterpolated($"{l.Format("console.etl.summary", result.Files.Count, options.InboxDir,
            result.Count(FileStatus.Loaded), result.Count(FileStatus.Duplicate), result.Count(FileStatus.Quarantined), result.Count(FileStatus.Failed),
            N(result.Files.Sum(f => f.Loaded)), N(result.Files.Sum(f => f.Rejected)))}");
        foreach (var time in result.Times.Where(t => t.Files > 0))
            console.MarkupLineInterpolated($"[grey]  {time.ToString()}[/]");
        WaitingFilesView.Write(console, l, result.NotReady);
        if (result.Stopped)
        {
            var left = Directory.Exists(options.InboxDir) ? Directory.EnumerateFiles(options.InboxDir).Count() : 0;
            error.Line(l.Format("console.etl.stopped", result.Loaded, left));
            return StopSignal.ExitCode;
        }
        var failedChecks = result.Checks.Where(c => !c.Passed && c.IsError).ToList();
        if (result.Checks.Count > 0)
            console.MarkupLineInterpolated($"{l.Format("console.etl.checks", result.Checks.Count(c => c.Passed), failedChecks.Count, result.Checks.Count(c => !c.Passed && !c.IsError))}");
        var refused = result.Files.Where(f => f.Status is FileStatus.Failed or FileStatus.Quarantined).ToList();
        if (refused.Count > 0)
        {
            var names = string.Join(", ", refused.Take(5).Select(f => f.FileName)) + (refused.Count > 5 ? l.Format("console.etl.and_more", refused.Count - 5) : "");
            error.Line(l.Format("console.etl.refused", result.Count(FileStatus.Quarantined), result.Count(FileStatus.Failed), names));
            return 1;
        }
        if (failedChecks.Count > 0)
        {
            error.Line(l.Format("console.etl.checks_failed", string.Join(", ", failedChecks.Select(c => c.Name))));
            return 1;
        }
        return 0;
    }

    private static string Status(FileStatus status) => status switch
    {
        FileStatus.Loaded => "[green]loaded[/]",
        FileStatus.Duplicate => "[grey]duplicate[/]",
        FileStatus.Quarantined => "[yellow]quarantined[/]",
        _ => "[red]failed[/]",
    };

    internal static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
