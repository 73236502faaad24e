using System.Globalization;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr etl run</c>: load everything waiting in the inbox.</summary>
public sealed class EtlRunCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console, ErrorOutput error)
    : Command<EtlRunSettings>
{
    public override int Execute(CommandContext context, EtlRunSettings settings, CancellationToken cancellationToken)
    {
        var warehouse = settings.WarehouseOptions(configuration);
        var options = new EtlOptions(warehouse.DataDir)
        {
            Inbox = settings.Inbox is null ? null : Path.GetFullPath(settings.Inbox),
            RejectThreshold = configuration.RejectThreshold,
            TimeZone = configuration.TimeZone,
            MaxFileMegabytes = configuration.MaxFileMegabytes,
            MemoryLimitMegabytes = configuration.LoadMemoryMegabytes,
        };
        if (!Directory.Exists(options.InboxDir))
            throw new UserFacingException($"the inbox {options.InboxDir} does not exist; check --inbox or --data (or create the folder)");
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr etl run", console);
        new WarehouseInitializer(session, clock).Initialize();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = StopSignal.OnInterrupt(stop, () => console.MarkupLine("[yellow]Stopping after the files being loaded now…[/]"));
        var result = ConsoleProgress.Run(console, "Loading", report =>
            new EtlRunner(session, options, clock, new Progress<EtlProgress>(p => report.Report(new(p.FileName, p.Done, p.Total, p.Rows))))
                .Run(stop.Token));

        var table = new Table().AddColumns("File", "Status", "Batch", "Read", "Loaded", "Rejected", "Note");
        foreach (var f in result.Files.Where(f => f.Status != FileStatus.Loaded || f.Rejected > 0).Take(50))
            table.AddRow(Markup.Escape(f.FileName), Status(f.Status), f.BatchId?.ToString(CultureInfo.InvariantCulture) ?? "", N(f.Read), N(f.Loaded), N(f.Rejected), Markup.Escape(f.Message ?? ""));
        if (table.Rows.Count > 0)
            console.Write(table);
        console.MarkupLineInterpolated($"{configuration.ConsoleLabels.Format("console.etl.summary", result.Files.Count, options.InboxDir,
            result.Count(FileStatus.Loaded), result.Count(FileStatus.Duplicate), result.Count(FileStatus.Quarantined), result.Count(FileStatus.Failed),
            N(result.Files.Sum(f => f.Loaded)), N(result.Files.Sum(f => f.Rejected)))}");
        foreach (var time in result.Times.Where(t => t.Files > 0))
            console.MarkupLineInterpolated($"[grey]  {time.ToString()}[/]");
        if (result.NotReady.Count > 0)
            console.MarkupLineInterpolated($"{result.NotReady.Count} file(s) still being written were left for the next run.");
        if (result.Stopped)
        {
            var left = Directory.Exists(options.InboxDir) ? Directory.EnumerateFiles(options.InboxDir).Count() : 0;
            error.Line($"stopped on request: {result.Loaded} file(s) loaded, {left} left in the inbox for the next run ('corr etl run' picks them up).");
            return StopSignal.ExitCode;
        }
        var failedChecks = result.Checks.Where(c => !c.Passed && c.IsError).ToList();
        if (result.Checks.Count > 0)
            console.MarkupLineInterpolated($"Checks: {result.Checks.Count(c => c.Passed)} passed, {failedChecks.Count} error(s), {result.Checks.Count(c => !c.Passed && !c.IsError)} warning(s).");
        var refused = result.Files.Where(f => f.Status is FileStatus.Failed or FileStatus.Quarantined).ToList();
        if (refused.Count > 0)
        {
            var names = string.Join(", ", refused.Take(5).Select(f => f.FileName)) + (refused.Count > 5 ? $" and {refused.Count - 5} more" : "");
            error.Line($"{result.Count(FileStatus.Quarantined)} file(s) quarantined and {result.Count(FileStatus.Failed)} failed ({names}); " +
                "see 'corr etl batches' and the quarantine folder.");
            return 1;
        }
        if (failedChecks.Count > 0)
        {
            error.Line($"error-level check(s) failed after the load: {string.Join(", ", failedChecks.Select(c => c.Name))}; run 'corr check' for details.");
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
