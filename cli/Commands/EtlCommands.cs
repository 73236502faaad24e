using System.ComponentModel;
using System.Globalization;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class EtlRunSettings : CorrSettings
{
    [CommandOption("--inbox <DIR>")]
    [Description("Inbox to read. Default: the data folder's inbox/.")]
    public string? Inbox { get; init; }
}

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
        };
        using var session = WarehouseSession.OpenWriter(warehouse, "corr etl run", clock);
        new WarehouseInitializer(session, clock).Initialize();
        var result = ConsoleProgress.Run(console, "Loading", report =>
            new EtlRunner(session, options, clock, new Progress<EtlProgress>(p => report.Report(new(p.FileName, p.Done, p.Total))))
                .Run(cancellationToken));

        var table = new Table().AddColumns("File", "Status", "Batch", "Read", "Loaded", "Rejected", "Note");
        foreach (var f in result.Files.Where(f => f.Status != FileStatus.Loaded || f.Rejected > 0).Take(50))
            table.AddRow(Markup.Escape(f.FileName), Status(f.Status), f.BatchId?.ToString(CultureInfo.InvariantCulture) ?? "", N(f.Read), N(f.Loaded), N(f.Rejected), Markup.Escape(f.Message ?? ""));
        if (table.Rows.Count > 0)
            console.Write(table);
        console.MarkupLineInterpolated(
            $"{result.Files.Count} file(s) from {options.InboxDir}: {result.StatusCounts}; {result.Files.Sum(f => f.Loaded):N0} rows loaded, {result.Files.Sum(f => f.Rejected):N0} rejected.");
        if (result.NotReady.Count > 0)
            console.MarkupLineInterpolated($"{result.NotReady.Count} file(s) still being written were left for the next run.");
        var failedChecks = result.Checks.Where(c => !c.Passed && c.IsError).ToList();
        if (result.Checks.Count > 0)
            console.MarkupLineInterpolated($"Checks: {result.Checks.Count(c => c.Passed)} passed, {failedChecks.Count} error(s), {result.Checks.Count(c => !c.Passed && !c.IsError)} warning(s).");
        if (result.Count(FileStatus.Failed) > 0)
        {
            error.Line($"{result.Count(FileStatus.Failed)} file(s) failed to load; see 'corr etl batches' and the quarantine folder.");
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

public sealed class EtlBatchesSettings : CorrSettings
{
    [CommandOption("--last <N>")]
    [Description("How many of the latest batches to show. Default: 30.")]
    public int Last { get; init; } = 30;
}

/// <summary><c>corr etl batches</c>: the batch log.</summary>
public sealed class EtlBatchesCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<EtlBatchesSettings>
{
    public override int Execute(CommandContext context, EtlBatchesSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr etl batches");
        var rows = session.Query(
            """
            select batch_id, file_name, kind, coalesce(slice, ''), status, rows_read, rows_loaded, rows_rejected,
                   strftime(started_at, '%Y-%m-%d %H:%M:%S'), coalesce(replaced_by::varchar, ''), coalesce(error, '')
            from etl.batches order by batch_id desc limit $1
            """,
            r => Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture) ?? "").ToArray(),
            settings.Last);
        var table = new Table().AddColumns("Batch", "File", "Kind", "Slice", "Status", "Read", "Loaded", "Rejected", "Started (UTC)", "Replaced by", "Error");
        foreach (var row in rows)
            table.AddRow(row.Select(Markup.Escape).ToArray());
        console.Write(table);
        console.MarkupLineInterpolated($"{session.Scalar<long>("select count(*) from etl.batches"):N0} batch(es) in all; the latest {rows.Count} shown.");
        return 0;
    }
}

public sealed class EtlRejectsSettings : CorrSettings
{
    [CommandOption("--batch <N>")]
    [Description("Only the rejects of this batch.")]
    public long? Batch { get; init; }

    [CommandOption("--limit <N>")]
    [Description("At most this many rows. Default: 100.")]
    public int Limit { get; init; } = 100;
}

/// <summary><c>corr etl rejects</c>: rejected rows with file, line or cell, column, value and reason.</summary>
public sealed class EtlRejectsCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<EtlRejectsSettings>
{
    public override int Execute(CommandContext context, EtlRejectsSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr etl rejects");
        var rows = session.Query(
            """
            select batch_id, file_name, coalesce(line::varchar, cell, ''), coalesce(column_name, ''), coalesce(raw_value, ''), rule_code, message
            from etl.rejects where $1::bigint is null or batch_id = $1
            order by batch_id, line, cell limit $2
            """,
            r => Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture) ?? "").ToArray(),
            settings.Batch, settings.Limit);
        var table = new Table().AddColumns("Batch", "File", "Line/cell", "Column", "Value", "Rule", "Reason");
        foreach (var row in rows)
            table.AddRow(row.Select(Markup.Escape).ToArray());
        console.Write(table);
        var total = session.Scalar<long>("select count(*) from etl.rejects where $1::bigint is null or batch_id = $1", settings.Batch);
        console.MarkupLineInterpolated($"{total:N0} rejected row(s){(settings.Batch is null ? "" : $" in batch {settings.Batch}")}; {rows.Count} shown.");
        return 0;
    }
}
